package io.triangulate.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One report about an event, as imported: its metadata and its normalised body text. */
@Entity
public class Report extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    @Column(nullable = false)
    public String source;

    public String title;
    public String url;
    public String author;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    /** The normalised text that claim offsets point into. */
    @Column(name = "body_text", nullable = false)
    public String text;

    /** SHA-256 of the normalised text, to refuse the same report twice in one event. */
    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    public static List<Report> ofEvent(long eventId) {
        return list("event.id = ?1 order by importedAt, id", eventId);
    }

    public static boolean existsInEvent(long eventId, String contentHash) {
        return count("event.id = ?1 and contentHash = ?2", eventId, contentHash) > 0;
    }

    /** Report count per event id, for listing many events in one query. */
    public static Map<Long, Long> countsByEvent() {
        List<Object[]> rows = getEntityManager()
                .createQuery("select r.event.id, count(r) from Report r group by r.event.id", Object[].class)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }
}
