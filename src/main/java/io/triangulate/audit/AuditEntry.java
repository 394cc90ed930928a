package io.triangulate.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One line of an event's audit trail: who did what, when, to which fact, the state before and
 * after (as JSON), and their note. Lines are only ever added.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public Long eventId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public String action;

    @Column(name = "fact_id")
    public Long factId;

    @Column(name = "before_state")
    public String before;

    @Column(name = "after_state")
    public String after;

    @Column(length = 4000)
    public String note;

    public static List<AuditEntry> ofEvent(long eventId) {
        return list("eventId = ?1 order by id", eventId);
    }

    public static List<AuditEntry> ofFact(long factId) {
        return list("factId = ?1 order by id", factId);
    }

    /** The latest lines of an event, newest first: what a review page shows as it happens. */
    public static List<AuditEntry> latest(long eventId, int count) {
        return find("eventId = ?1 order by id desc", eventId).page(0, count).list();
    }
}
