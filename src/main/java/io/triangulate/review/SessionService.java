package io.triangulate.review;

import io.triangulate.audit.AuditEntry;
import io.triangulate.audit.AuditAction;
import io.triangulate.audit.Audit;
import io.triangulate.audit.Actor;
import io.triangulate.alignment.AlignmentService;
import io.triangulate.alignment.Fact;
import io.triangulate.alignment.StoredComparison;
import io.triangulate.report.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Opens, follows, assigns and closes review sessions. */
@ApplicationScoped
public class SessionService {

    static final Set<String> DECISIONS = Set.of(AuditAction.REVIEW.name(), AuditAction.CROSS_CHECK.name(),
            AuditAction.MERGE.name(), AuditAction.SPLIT.name(), AuditAction.MOVE.name());

    @Inject
    Audit audit;

    @Inject
    Actor user;

    @Inject
    AlignmentService alignment;

    @Transactional
    public ReviewSession open(long eventId, String title) {
        if (title == null || title.isBlank() || title.strip().length() > 300) {
            throw ReviewException.invalid("INVALID_SESSION", "Give the session a title of up to 300 characters.");
        }
        if (Event.findById(eventId) == null) {
            throw ReviewException.notFound("event " + eventId);
        }
        alignment.comparison(eventId);
        ReviewSession session = new ReviewSession();
        session.eventId = eventId;
        session.title = title.strip();
        session.createdBy = user.name();
        session.createdAt = Instant.now();
        session.persist();
        audit.record(eventId, AuditAction.SESSION_OPENED, null, null, Map.of("sessionId", session.id,
                "title", session.title), null);
        return session;
    }

    @Transactional
    public SessionProgress progress(long sessionId) {
        ReviewSession session = find(sessionId);
        StoredComparison comparison = alignment.comparison(session.eventId)
                .orElseThrow(() -> ReviewException.notFound("event " + session.eventId));
        Map<Long, String> assignees = new HashMap<>();
        Assignment.ofSession(sessionId).forEach(a -> assignees.put(a.factId, a.username));
        Set<String> participants = new TreeSet<>();
        participants.add(session.createdBy);
        participants.addAll(assignees.values());
        AuditEntry.<AuditEntry>list("eventId = ?1 and at >= ?2", session.eventId, session.createdAt).stream()
                .filter(e -> DECISIONS.contains(e.action)).forEach(e -> participants.add(e.username));
        return SessionProgress.of(session, comparison, participants, assignees);
    }

    /** Gives a fact of the session's event to a reviewer (or back to nobody with a blank name). */
    @Transactional
    public void assign(long sessionId, long factId, String username) {
        ReviewSession session = openSession(sessionId);
        Fact fact = Fact.findById(factId);
        if (fact == null || !fact.event.id.equals(session.eventId)) {
            throw ReviewException.notFound("fact " + factId + " in this session");
        }
        Assignment.delete("sessionId = ?1 and factId = ?2", sessionId, factId);
        if (username != null && !username.isBlank()) {
            Assignment assignment = new Assignment();
            assignment.sessionId = sessionId;
            assignment.factId = factId;
            assignment.username = username.strip();
            assignment.persist();
        }
        audit.record(session.eventId, AuditAction.ASSIGN, factId, null,
                Map.of("sessionId", sessionId, "username", username == null ? "" : username.strip()), null);
    }

    /** Shares the unreviewed, unassigned facts of the queue among reviewers, in turn. */
    @Transactional
    public int assignInTurn(long sessionId, List<String> usernames) {
        List<String> names = usernames == null ? List.of()
                : usernames.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct().toList();
        if (names.isEmpty()) {
            throw ReviewException.invalid("INVALID_SESSION", "Name the reviewers to share the facts among.");
        }
        SessionProgress progress = progress(sessionId);
        int turn = 0;
        for (Fact fact : progress.queue()) {
            if (!SessionProgress.isReviewed(fact) && progress.assignee(fact) == null) {
                Assignment assignment = new Assignment();
                assignment.sessionId = sessionId;
                assignment.factId = fact.id;
                assignment.username = names.get(turn++ % names.size());
                assignment.persist();
            }
        }
        return turn;
    }

    @Transactional
    public SessionProgress close(long sessionId) {
        ReviewSession session = openSession(sessionId);
        session.closedAt = Instant.now();
        SessionProgress progress = progress(sessionId);
        audit.record(session.eventId, AuditAction.SESSION_CLOSED, null, null, Map.of("sessionId", sessionId,
                "total", progress.total(), "reviewed", progress.reviewed()), null);
        return progress;
    }

    static ReviewSession find(long sessionId) {
        ReviewSession session = ReviewSession.findById(sessionId);
        if (session == null) {
            throw ReviewException.notFound("review session " + sessionId);
        }
        return session;
    }

    private static ReviewSession openSession(long sessionId) {
        ReviewSession session = find(sessionId);
        if (!session.open()) {
            throw new ReviewException(409, "SESSION_CLOSED", "Review session " + sessionId + " is closed.");
        }
        return session;
    }
}
