package io.triangulate.web.view;

import io.triangulate.report.Event;
import io.triangulate.report.Report;
import java.util.List;
import java.util.Map;

/** One line of the events list. */
public record EventRow(Event event, long reportCount) {

    public static List<EventRow> all() {
        Map<Long, Long> counts = Report.countsByEvent();
        return Event.newestFirst().stream().map(e -> new EventRow(e, counts.getOrDefault(e.id, 0L))).toList();
    }
}
