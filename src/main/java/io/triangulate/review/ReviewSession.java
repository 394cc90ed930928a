package io.triangulate.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A review of an event's facts by one or more reviewers, open until someone closes it. */
@Entity
@Table(name = "review_session")
public class ReviewSession extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public Long eventId;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    public boolean open() {
        return closedAt == null;
    }

    public static List<ReviewSession> ofEvent(long eventId) {
        return list("eventId = ?1 order by id desc", eventId);
    }
}
