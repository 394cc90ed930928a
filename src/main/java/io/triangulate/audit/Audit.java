package io.triangulate.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Writes the audit trail, in the transaction of the change it records. */
@ApplicationScoped
public class Audit {

    @Inject
    Actor user;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(long eventId, AuditAction action, Long factId, Object before, Object after, String note) {
        AuditEntry entry = new AuditEntry();
        entry.eventId = eventId;
        entry.at = Instant.now();
        entry.username = user.name();
        entry.action = action.name();
        entry.factId = factId;
        entry.before = write(before);
        entry.after = write(after);
        entry.note = note == null || note.isBlank() ? null : note.strip();
        entry.persist();
        return entry;
    }

    private String write(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit state not writable as JSON", e);
        }
    }
}
