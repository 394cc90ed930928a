package io.triangulate.alignment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.triangulate.report.Event;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A stored fact of an event's comparison: the claims that state it and the engine's judgement. */
@Entity
public class Fact extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    /** Reading order within the event's comparison. */
    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Verdict verdict;

    @Column(nullable = false)
    public double score;

    @Convert(converter = JsonColumns.ReportIds.class)
    @Column(name = "missing_from", nullable = false)
    public List<Long> missingFrom = new ArrayList<>();

    @Convert(converter = JsonColumns.Differences.class)
    @Column(nullable = false)
    public List<Difference> differences = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "review_status", nullable = false)
    public ReviewStatus reviewStatus = ReviewStatus.AUTO;

    @Column(name = "review_version", nullable = false)
    public int reviewVersion;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "fact_claim", joinColumns = @JoinColumn(name = "fact_id"))
    @Column(name = "claim_id")
    public Set<Long> claimIds = new LinkedHashSet<>();

    public static List<Fact> ofEvent(long eventId) {
        return find("select distinct f from Fact f left join fetch f.claimIds where f.event.id = ?1 "
                + "order by f.position", eventId).list();
    }
}
