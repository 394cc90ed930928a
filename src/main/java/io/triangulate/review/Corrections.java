package io.triangulate.review;

import io.triangulate.audit.AuditAction;
import io.triangulate.audit.Audit;
import io.triangulate.alignment.AlignmentService;
import io.triangulate.alignment.Fact;
import io.triangulate.alignment.ReviewStatus;
import io.triangulate.report.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Corrections of the alignment by people: merge facts, split claims out of a fact, move a claim to
 * another fact. Each pins the facts it touches, raises their versions, is written to the audit
 * trail, and is followed by a re-alignment that honours every pin (so a later report never undoes
 * it).
 */
@ApplicationScoped
public class Corrections {

    @Inject
    Audit audit;

    @Inject
    AlignmentService alignment;

    /** Split outcome: the fact that kept its id and the fact the named claims now form. */
    public record Split(long kept, long created) {
    }

    @Transactional
    public long merge(List<Long> factIds) {
        Set<Long> ids = new LinkedHashSet<>(factIds == null ? List.of() : factIds);
        if (ids.size() < 2 || ids.contains(null)) {
            throw ReviewException.invalid("INVALID_CORRECTION", "Name two or more different facts to merge.");
        }
        List<Fact> facts = new ArrayList<>();
        for (Long id : ids) {
            facts.add(find(id));
        }
        long eventId = sameEvent(facts);
        lockEvent(eventId);
        facts.sort(Comparator.comparingInt(f -> f.position));
        Fact target = facts.get(0);
        List<Map<String, Object>> before = facts.stream().map(Corrections::asBefore).toList();
        for (Fact other : facts.subList(1, facts.size())) {
            target.claimIds.addAll(other.claimIds);
            other.delete();
        }
        changed(target);
        audit.record(eventId, AuditAction.MERGE, target.id, before,
                Map.of("factId", target.id, "claimIds", sorted(target.claimIds)), null);
        Fact.flush();
        alignment.realign(eventId);
        return target.id;
    }

    @Transactional
    public Split split(long factId, List<Long> claimIds) {
        Fact fact = find(factId);
        Set<Long> moving = new LinkedHashSet<>(claimIds == null ? List.of() : claimIds);
        if (moving.isEmpty() || moving.contains(null)) {
            throw ReviewException.invalid("INVALID_CORRECTION", "Name the claims to split out of the fact.");
        }
        if (!fact.claimIds.containsAll(moving)) {
            throw ReviewException.invalid("INVALID_CORRECTION", "Only claims of fact " + factId + " can be split out of it.");
        }
        if (moving.size() == fact.claimIds.size()) {
            throw ReviewException.invalid("INVALID_CORRECTION", "Leave at least one claim in the fact.");
        }
        long eventId = fact.event.id;
        lockEvent(eventId);
        Map<String, Object> before = Map.of("factId", fact.id, "claimIds", sorted(fact.claimIds));
        fact.claimIds.removeAll(moving);
        changed(fact);
        Fact created = new Fact();
        created.event = fact.event;
        created.position = fact.position;
        created.verdict = fact.verdict;
        created.score = 1.0;
        created.claimIds.addAll(moving);
        created.pinned = true;
        created.persist();
        audit.record(eventId, AuditAction.SPLIT, fact.id, before, Map.of("kept", Map.of("factId", fact.id, "claimIds",
                sorted(fact.claimIds)), "created", Map.of("factId", created.id, "claimIds", sorted(moving))), null);
        Fact.flush();
        alignment.realign(eventId);
        return new Split(fact.id, created.id);
    }

    @Transactional
    public long move(long claimId, Long toFactId) {
        if (toFactId == null) {
            throw ReviewException.invalid("INVALID_CORRECTION", "Name the fact to move the claim to (toFactId).");
        }
        Fact from = Fact.<Fact>find("select f from Fact f join f.claimIds c where c = ?1", claimId).firstResultOptional()
                .orElseThrow(() -> ReviewException.notFound("claim " + claimId + " in any fact"));
        Fact to = find(toFactId);
        long eventId = sameEvent(List.of(from, to));
        if (from.id.equals(to.id)) {
            throw ReviewException.invalid("INVALID_CORRECTION", "Claim " + claimId + " is already in fact " + toFactId + ".");
        }
        lockEvent(eventId);
        Map<String, Object> before = Map.of("from", asBefore(from), "to", asBefore(to));
        from.claimIds.remove(claimId);
        to.claimIds.add(claimId);
        changed(to);
        if (from.claimIds.isEmpty()) {
            from.delete();
        } else {
            changed(from);
        }
        audit.record(eventId, AuditAction.MOVE, to.id, before, Map.of("claimId", claimId, "factId", to.id,
                "claimIds", sorted(to.claimIds)), null);
        Fact.flush();
        alignment.realign(eventId);
        return to.id;
    }

    private static Fact find(long id) {
        Fact fact = Fact.findById(id);
        if (fact == null) {
            throw ReviewException.notFound("fact " + id);
        }
        return fact;
    }

    private static long sameEvent(List<Fact> facts) {
        long eventId = facts.get(0).event.id;
        if (facts.stream().anyMatch(f -> f.event.id != eventId)) {
            throw ReviewException.invalid("INVALID_CORRECTION", "Facts of different events cannot be combined.");
        }
        return eventId;
    }

    private static void lockEvent(long eventId) {
        Event.getEntityManager().find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A corrected fact is pinned and its version raised, so a decision made on what it was is refused. */
    private static void changed(Fact fact) {
        fact.pinned = true;
        fact.reviewVersion++;
        if (fact.reviewStatus == null) {
            fact.reviewStatus = ReviewStatus.AUTO;
        }
    }

    /**
     * A fact as the audit trail keeps it before a correction: its claims and, when someone decided
     * on it, that decision. A merge or a move can remove a fact; its decision stays on record.
     */
    private static Map<String, Object> asBefore(Fact fact) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("factId", fact.id);
        entry.put("claimIds", sorted(fact.claimIds));
        if (fact.reviewStatus != null && fact.reviewStatus != ReviewStatus.AUTO) {
            entry.put("review", ReviewState.of(fact));
        }
        return entry;
    }

    private static List<Long> sorted(Set<Long> ids) {
        return ids.stream().sorted().toList();
    }
}
