package io.triangulate.web.api;

import io.triangulate.claims.Claim;
import io.triangulate.claims.ClaimKind;
import io.triangulate.report.Report;
import java.time.Instant;
import java.util.List;

/**
 * A report with its normalised text and claims. Offsets count Unicode code points, so they index
 * the text the same way in every client language.
 */
public record ReportJson(Long id, Long eventId, String source, String title, String url, String author,
        Instant publishedAt, Instant importedAt, String mediaType, long claimCount, String text,
        List<ClaimJson> claims) {

    public record ClaimJson(Long id, int index, String text, int start, int end, ClaimKind kind) {
    }

    public static ReportJson of(Report report, List<Claim> claims) {
        List<ClaimJson> shown = claims.stream()
                .map(c -> new ClaimJson(c.id, c.index, c.text, codePoints(report.text, c.start),
                        codePoints(report.text, c.end), c.kind))
                .toList();
        return new ReportJson(report.id, report.event.id, report.source, report.title, report.url, report.author,
                report.publishedAt, report.importedAt, report.mediaType, claims.size(), report.text, shown);
    }

    static int codePoints(String text, int charIndex) {
        return text.codePointCount(0, charIndex);
    }
}
