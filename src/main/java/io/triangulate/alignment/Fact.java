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
import java.time.Instant;
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

    /** The verdict a reviewer put in place of the engine's, if any. */
    @Enumerated(EnumType.STRING)
    @Column(name = "review_verdict")
    public Verdict reviewVerdict;

    @Column(name = "review_note", length = 4000)
    public String reviewNote;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    /** A second reviewer's word on the decision: ACCEPTED or REJECTED, null until then. */
    @Column(name = "cross_check")
    public String crossCheck;

    @Column(name = "cross_checked_by")
    public String crossCheckedBy;

    /**
     * Set by a review decision or a correction: re-alignment keeps this fact's claims together
     * (new claims may join it) and keeps its id and review.
     */
    @Column(nullable = false)
    public boolean pinned;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "fact_claim", joinColumns = @JoinColumn(name = "fact_id"))
    @Column(name = "claim_id")
    public Set<Long> claimIds = new LinkedHashSet<>();

    /** The verdict the comparison shows: the reviewer's when there is one, else the engine's. */
    public Verdict effectiveVerdict() {
        return reviewVerdict != null ? reviewVerdict : verdict;
    }

    public static List<Fact> ofEvent(long eventId) {
        return find("select distinct f from Fact f left join fetch f.claimIds where f.event.id = ?1 "
                + "order by f.position", eventId).list();
    }
}
