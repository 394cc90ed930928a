package io.triangulate.export;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.ReviewStatus;
import io.triangulate.alignment.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An event's comparison as every export sees it: plain values, no entities, so exporters can
 * run after the transaction that read it.
 */
public record ExportTable(EventInfo event, List<Source> sources, List<Row> rows) {

    public record EventInfo(Long id, String title, String description, Instant createdAt) {
    }

    public record Source(Long id, String source, String title, String url, String author, Instant publishedAt,
            int claimCount) {
    }

    /** A claim as exported: {@code start}/{@code end} count code points into its report's text. */
    public record ClaimText(Long id, Long reportId, int index, String text, int start, int end) {
    }

    public record Review(ReviewStatus status, int version, Verdict verdict, String note, String by, Instant at,
            String crossCheck, String crossCheckedBy, boolean pinned) {

        public boolean decided() {
            return status != ReviewStatus.AUTO;
        }
    }

    /** A fact: {@code verdict} is the reviewer's when one corrected it, else the engine's. */
    public record Row(Long factId, int number, Verdict verdict, Verdict engineVerdict, double score,
            List<ClaimText> claims, List<Long> missingFrom, List<Difference> differences, Review review) {

        public List<ClaimText> claimsOf(Long sourceId) {
            return claims.stream().filter(c -> c.reportId().equals(sourceId)).toList();
        }

        /** What a source says, its claims joined; empty when it does not state the fact. */
        public String wordingOf(Long sourceId) {
            return claimsOf(sourceId).stream().map(ClaimText::text).collect(Collectors.joining(" / "));
        }

        public List<Long> carriers() {
            return claims.stream().map(ClaimText::reportId).distinct().toList();
        }

        /** The words a source uses where the sources conflict. */
        public List<String> differingWordsOf(Long sourceId) {
            return differences.stream().map(d -> d.values().get(sourceId)).filter(Objects::nonNull).toList();
        }
    }

    public String sourceName(Long id) {
        return sources.stream().filter(s -> s.id().equals(id)).map(Source::source).findFirst().orElse("report " + id);
    }

    public List<String> sourceNames(List<Long> ids) {
        return ids.stream().map(this::sourceName).toList();
    }

    public Map<Verdict, Long> counts() {
        return rows.stream().collect(Collectors.groupingBy(Row::verdict, () -> new java.util.EnumMap<>(Verdict.class),
                Collectors.counting()));
    }

    /** One line per difference: its explanation, or its kind with each source's words. */
    public String describe(Difference difference) {
        if (difference.explanation() != null && !difference.explanation().isBlank()) {
            return difference.explanation();
        }
        return difference.kind() + ": " + difference.values().entrySet().stream()
                .map(e -> sourceName(e.getKey()) + " \"" + e.getValue() + "\"").collect(Collectors.joining(", "));
    }
}
