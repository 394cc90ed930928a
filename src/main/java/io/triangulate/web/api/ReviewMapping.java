package io.triangulate.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.alignment.Fact;
import io.triangulate.alignment.StoredComparison;
import io.triangulate.audit.AuditEntry;
import io.triangulate.review.SessionProgress;
import io.triangulate.web.api.ReviewJson.AuditJson;
import io.triangulate.web.api.ReviewJson.SessionJson;
import java.util.ArrayList;

/** Audit lines and sessions as the JSON API shows them. */
final class ReviewMapping {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReviewMapping() {
    }

    static AuditJson audit(AuditEntry entry) {
        return new AuditJson(entry.id, entry.at, entry.username, entry.action, entry.factId, read(entry.before),
                read(entry.after), entry.note);
    }

    static SessionJson session(SessionProgress progress, String user) {
        StoredComparison comparison = progress.comparison();
        Fact next = progress.next(user);
        var session = progress.session();
        return new SessionJson(session.id, session.eventId, session.title, session.createdBy, session.createdAt,
                session.closedAt, progress.total(), progress.reviewed(), progress.remaining(),
                new ArrayList<>(progress.participants()),
                next == null ? null : ComparisonMapping.fact(comparison, next.id).orElse(null));
    }

    private static Object read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return json;
        }
    }
}
