package io.triangulate.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;

/** A news event: the reports gathered about it are compared against each other. */
@Entity
public class Event extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    /** The longest title the column holds. */
    public static final int TITLE_LIMIT = 500;

    public String title;

    public String description;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** What the stored comparison was computed from; null until it is first computed. */
    @Column(name = "aligned_signature")
    public String alignedSignature;

    public static Event create(String title, String description) {
        Event event = new Event();
        event.title = title;
        event.description = description;
        event.createdAt = Instant.now();
        return event;
    }

    public static List<Event> newestFirst() {
        return list("order by createdAt desc, id desc");
    }

    public static boolean isEmptyDatabase() {
        return count() == 0;
    }
}
