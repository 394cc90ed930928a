package io.triangulate.web.api;

import io.triangulate.report.Report;
import java.time.Instant;

/** A report's metadata and claim count, as answered to an import and listed with its event. */
public record ReportSummaryJson(Long id, Long eventId, String source, String title, String url, String author,
        Instant publishedAt, Instant importedAt, String mediaType, long claimCount) {

    public static ReportSummaryJson of(Report report, long claimCount) {
        return new ReportSummaryJson(report.id, report.event.id, report.source, report.title, report.url,
                report.author, report.publishedAt, report.importedAt, report.mediaType, claimCount);
    }
}
