package io.triangulate.alignment;

import io.triangulate.report.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Replaces an event's stored facts with a new comparison. A new fact holding a pinned fact's
 * claims (reviewed or corrected: {@link PinnedGroups} keeps them together) keeps that fact's id,
 * review and pin; a new fact that holds the same claims as a stored one keeps its id and review,
 * so links and decisions survive a re-alignment; one that mostly overlaps a stored fact keeps the
 * id only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FactStore {

    public void replace(Event event, List<ComparedFact> facts) {
        List<Fact> old = new ArrayList<>(Fact.ofEvent(event.id));
        for (int position = 0; position < facts.size(); position++) {
            ComparedFact fresh = facts.get(position);
            Set<Long> claimIds = new HashSet<>(fresh.claims().stream().map(ClaimInput::id).toList());
            Fact fact = takePinned(old, claimIds);
            if (fact == null) {
                fact = takeBestMatch(old, claimIds);
                if (fact == null) {
                    fact = new Fact();
                    fact.event = event;
                } else if (!fact.claimIds.equals(claimIds)) {
                    fact.reviewStatus = ReviewStatus.AUTO;
                }
            }
            fill(fact, fresh, position, claimIds);
            fact.persist();
        }
        old.forEach(Fact::delete);
    }

    private static void fill(Fact fact, ComparedFact fresh, int position, Set<Long> claimIds) {
        fact.position = position;
        fact.verdict = fresh.verdict();
        fact.score = fresh.score();
        fact.missingFrom = new ArrayList<>(fresh.missingFrom());
        fact.differences = new ArrayList<>(fresh.differences());
        fact.claimIds.clear();
        fact.claimIds.addAll(claimIds);
    }

    /** The pinned stored fact whose claims the new one holds, removed from the pool. */
    private static Fact takePinned(List<Fact> old, Set<Long> claimIds) {
        for (Fact candidate : old) {
            if (candidate.pinned && candidate.claimIds.stream().anyMatch(claimIds::contains)) {
                old.remove(candidate);
                return candidate;
            }
        }
        return null;
    }

    /** The unpinned stored fact sharing more than half of its claims with the new one, removed from the pool. */
    private static Fact takeBestMatch(List<Fact> old, Set<Long> claimIds) {
        Fact best = null;
        double bestOverlap = 0.5;
        for (Fact candidate : old) {
            if (candidate.pinned) {
                continue;
            }
            long shared = candidate.claimIds.stream().filter(claimIds::contains).count();
            double overlap = shared / (double) Math.max(candidate.claimIds.size(), claimIds.size());
            if (overlap > bestOverlap) {
                best = candidate;
                bestOverlap = overlap;
            }
        }
        old.remove(best);
        return best;
    }
}
