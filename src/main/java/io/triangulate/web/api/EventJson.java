package io.triangulate.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.triangulate.report.Event;
import java.time.Instant;
import java.util.List;

/** An event as the JSON API shows it; {@code reports} only when one event is asked for. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventJson(Long id, String title, String description, Instant createdAt, long reportCount,
        List<ReportSummaryJson> reports) {

    public static EventJson of(Event event, long reportCount) {
        return new EventJson(event.id, event.title, event.description, event.createdAt, reportCount, null);
    }

    public static EventJson withReports(Event event, List<ReportSummaryJson> reports) {
        return new EventJson(event.id, event.title, event.description, event.createdAt, reports.size(), reports);
    }
}
