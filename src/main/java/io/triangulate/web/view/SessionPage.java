package io.triangulate.web.view;

import io.triangulate.alignment.Fact;
import io.triangulate.audit.AuditEntry;
import io.triangulate.report.Event;
import io.triangulate.review.SessionProgress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A review session as its page shows it: progress, the fact under review with its decision form,
 * the queue with who has each fact, and the latest changes by anyone.
 */
public record SessionPage(Event event, SessionProgress progress, FactDetail current, List<QueueRow> queue,
        List<AuditEntry> feed, String user) {

    /** A fact in the queue: its number on the comparison page, verdict, review and reviewer. */
    public record QueueRow(long id, int number, String verdict, String status, String assignee, boolean current) {
    }

    public static SessionPage of(Event event, SessionProgress progress, List<Fact> readingOrder, FactDetail current,
            List<AuditEntry> feed, String user) {
        Map<Long, Integer> numbers = new HashMap<>();
        for (int i = 0; i < readingOrder.size(); i++) {
            numbers.put(readingOrder.get(i).id, i + 1);
        }
        List<QueueRow> queue = progress.queue().stream().map(f -> new QueueRow(f.id, numbers.getOrDefault(f.id, 0),
                f.effectiveVerdict().name(), f.reviewStatus.name(), progress.assignee(f),
                current != null && current.fact().id.equals(f.id))).toList();
        return new SessionPage(event, progress, current, queue, feed, user);
    }
}
