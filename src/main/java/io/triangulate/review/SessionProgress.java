package io.triangulate.review;

import io.triangulate.alignment.Fact;
import io.triangulate.alignment.ReviewStatus;
import io.triangulate.alignment.StoredComparison;
import io.triangulate.alignment.Verdict;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a review session stands: its queue (divergences first, then omissions, then agreements,
 * each in reading order), how many facts are reviewed, who took part, and the next fact for a
 * reviewer (the first unreviewed one not given to someone else). Pure.
 */
public record SessionProgress(ReviewSession session, StoredComparison comparison, List<Fact> queue, int reviewed,
        Set<String> participants, Map<Long, String> assignees) {

    static final Comparator<Fact> QUEUE_ORDER = Comparator.comparingInt((Fact f) -> rank(f.effectiveVerdict()))
            .thenComparingInt(f -> f.position);

    /** The progress over the facts of the event's stored comparison, which it keeps for the pages. */
    public static SessionProgress of(ReviewSession session, StoredComparison comparison, Set<String> participants,
            Map<Long, String> assignees) {
        List<Fact> facts = comparison.facts();
        List<Fact> queue = facts.stream().sorted(QUEUE_ORDER).toList();
        int reviewed = (int) facts.stream().filter(SessionProgress::isReviewed).count();
        return new SessionProgress(session, comparison, queue, reviewed, participants, assignees);
    }

    public int total() {
        return queue.size();
    }

    public int remaining() {
        return total() - reviewed;
    }

    public int percent() {
        return total() == 0 ? 100 : Math.round(100f * reviewed / total());
    }

    /** The next fact for {@code username}: unreviewed, and given to them or to nobody. */
    public Fact next(String username) {
        return queue.stream().filter(f -> !isReviewed(f))
                .filter(f -> assignees.get(f.id) == null || assignees.get(f.id).equals(username))
                .findFirst().orElse(null);
    }

    public String assignee(Fact fact) {
        return assignees.get(fact.id);
    }

    public static boolean isReviewed(Fact fact) {
        return fact.reviewStatus != ReviewStatus.AUTO;
    }

    static int rank(Verdict verdict) {
        return switch (verdict) {
            case DIVERGENCE -> 0;
            case OMISSION -> 1;
            case AGREEMENT -> 2;
            case UNCOMPARED -> 3;
        };
    }
}
