package io.triangulate.export;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;

/** File names of downloads: the event's title as a slug, then its date ("storm-hits-coast-2025-10-30.csv"). */
final class DownloadNames {

    private DownloadNames() {
    }

    static String of(String title, Instant createdAt, String extension) {
        String slug = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        String base = slug.isEmpty() ? "event" : slug;
        String date = ReportText.date(createdAt);
        return (date.isEmpty() ? base : base + "-" + date) + "." + extension;
    }
}
