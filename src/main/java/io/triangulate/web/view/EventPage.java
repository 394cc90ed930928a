package io.triangulate.web.view;

import io.triangulate.claims.Claim;
import io.triangulate.report.Event;
import io.triangulate.report.Report;
import java.util.List;
import java.util.Map;

/** An event with its reports and how many claims each gave. */
public record EventPage(Event event, List<ReportRow> reports, long claimCount) {

    public record ReportRow(Report report, long claimCount) {
    }

    public static EventPage of(Event event) {
        List<Report> reports = Report.ofEvent(event.id);
        Map<Long, Long> counts = Claim.countsByReport(reports.stream().map(r -> r.id).toList());
        List<ReportRow> rows = reports.stream().map(r -> new ReportRow(r, counts.getOrDefault(r.id, 0L))).toList();
        return new EventPage(event, rows, rows.stream().mapToLong(ReportRow::claimCount).sum());
    }
}
