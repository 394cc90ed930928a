package io.triangulate.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats an event's comparison can be downloaded in, by the name the API takes. */
public enum ExportFormat {
    JSON("application/json", "json"),
    CSV("text/csv; charset=UTF-8", "csv"),
    MD("text/markdown; charset=UTF-8", "md"),
    HTML("text/html; charset=UTF-8", "html"),
    PDF("application/pdf", "pdf"),
    CLAIMREVIEW("application/ld+json", "claimreview.jsonld");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The lower-case name the API and the export links use. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportFormat> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(f -> f.key().equalsIgnoreCase(name.strip())).findFirst();
    }
}
