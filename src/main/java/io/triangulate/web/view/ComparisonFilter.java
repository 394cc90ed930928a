package io.triangulate.web.view;

import io.triangulate.alignment.DifferenceKind;
import io.triangulate.alignment.Verdict;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the comparison page shows: facts of one verdict, facts a source states, facts with a kind of
 * difference, facts whose wording contains a phrase. Empty parts do not filter. Read from the query
 * string, so a filtered view can be shared as a link.
 */
public record ComparisonFilter(Verdict verdict, Long source, DifferenceKind kind, String query) {

    public static final ComparisonFilter NONE = new ComparisonFilter(null, null, null, "");

    /** Reads the query parameters; an unknown verdict or kind is refused with a sentence saying what is allowed. */
    public static ComparisonFilter parse(String verdict, String source, String kind, String query) {
        return new ComparisonFilter(
                parseEnum(Verdict.class, verdict, "verdict"),
                parseSource(source),
                parseEnum(DifferenceKind.class, kind, "kind"),
                query == null ? "" : query.strip());
    }

    public boolean active() {
        return verdict != null || source != null || kind != null || !query.isEmpty();
    }

    public String verdictName() {
        return verdict == null ? "" : verdict.name();
    }

    public String kindName() {
        return kind == null ? "" : kind.name();
    }

    public boolean isSource(Long reportId) {
        return reportId != null && reportId.equals(source);
    }

    private static Long parseSource(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(source.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The source filter takes a report number, not '" + source + "'.");
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Optional.of(value.strip().toUpperCase(Locale.ROOT))
                .flatMap(v -> Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(v)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("There is no " + name + " '" + value + "'. Choose one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                        + "."));
    }
}
