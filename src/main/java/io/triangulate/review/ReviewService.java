package io.triangulate.review;

import io.triangulate.audit.AuditAction;
import io.triangulate.audit.Audit;
import io.triangulate.audit.Actor;
import io.triangulate.alignment.Fact;
import io.triangulate.alignment.ReviewStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Records reviewers' decisions on facts. Every change names the version it was made on: the fact
 * row is locked, and a version that is no longer current is refused (409) with what changed, so
 * two reviewers never overwrite each other silently. A decision pins the fact: re-alignment keeps
 * its claims and its review.
 */
@ApplicationScoped
public class ReviewService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    Audit audit;

    @Inject
    Actor user;

    @Transactional
    public Fact decide(long factId, Decision decision) {
        decision.validate();
        Fact fact = locked(factId, decision.version());
        ReviewState before = ReviewState.of(fact);
        fact.reviewStatus = decision.status();
        fact.reviewVerdict = decision.override();
        fact.reviewNote = blankToNull(decision.note());
        fact.reviewedBy = user.name();
        fact.reviewedAt = Instant.now();
        fact.crossCheck = null;
        fact.crossCheckedBy = null;
        fact.pinned = true;
        fact.reviewVersion++;
        audit.record(fact.event.id, AuditAction.REVIEW, fact.id, before, ReviewState.of(fact), decision.note());
        return fact;
    }

    /** A second reviewer accepts or rejects the decision recorded on a fact. */
    @Transactional
    public Fact crossCheck(long factId, boolean accept, String note, Integer version) {
        if (version == null) {
            throw ReviewException.invalid("INVALID_REVIEW", "Give the version of the fact you cross-checked.");
        }
        Fact fact = locked(factId, version);
        if (fact.reviewStatus == ReviewStatus.AUTO) {
            throw ReviewException.invalid("NOTHING_TO_CHECK", "This fact has no decision to cross-check yet.");
        }
        if (user.name().equals(fact.reviewedBy)) {
            throw new ReviewException(409, "SAME_REVIEWER",
                    "A cross-check is made by a second reviewer, not by " + fact.reviewedBy + " who decided.");
        }
        ReviewState before = ReviewState.of(fact);
        fact.crossCheck = accept ? "ACCEPTED" : "REJECTED";
        fact.crossCheckedBy = user.name();
        fact.reviewVersion++;
        audit.record(fact.event.id, AuditAction.CROSS_CHECK, fact.id, before, ReviewState.of(fact), note);
        return fact;
    }

    /** The fact, locked for this transaction, if it is still at {@code version}. */
    static Fact locked(long factId, int version) {
        Fact fact = Fact.findById(factId, LockModeType.PESSIMISTIC_WRITE);
        if (fact == null) {
            throw ReviewException.notFound("fact " + factId);
        }
        if (fact.reviewVersion != version) {
            throw stale(fact, version);
        }
        return fact;
    }

    static ReviewException stale(Fact fact, int version) {
        String by = fact.reviewedBy == null ? "" : " by " + fact.reviewedBy
                + (fact.reviewedAt == null ? "" : " at " + TIME.format(fact.reviewedAt));
        return new ReviewException(409, "STALE_VERSION", "Fact " + fact.id + " changed since version " + version
                + ": it is now version " + fact.reviewVersion + ", " + fact.reviewStatus.name().toLowerCase()
                + by + (fact.reviewNote == null ? "" : " (\u201c" + fact.reviewNote + "\u201d)")
                + ". Reload it and decide again; nothing was changed.");
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
