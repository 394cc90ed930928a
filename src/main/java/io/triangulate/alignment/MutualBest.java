package io.triangulate.alignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Competitive linking: a pair that scores under the threshold still states one fact when each
 * claim is the other's clear best counterpart in the other's report, ahead of its runner-up there
 * by a margin. A report that words a fact its own way ("checked into rehab" / "entered a treatment
 * centre") has nothing closer to offer, while a claim among several near-equal candidates, the
 * usual case when a report only touches the topic, is left alone.
 * <p>
 * The test needs competition on both sides. A report of a single claim offers none: every claim of
 * the other report has it as its best counterpart, whether or not it states that fact, so a single
 * claim held against a longer report links only at the threshold. Two single claims compared with
 * each other are the one pair there is, and link at the lower score. Two claims that give one
 * distinct number need no margin ({@link #sharesDistinctNumber}).
 * <p>
 * The runner-up is the best claim of the other report that is neither the best nor its neighbour.
 * A report goes on about a fact in the sentence after it ("The Safety Investigation Bureau has
 * launched an investigation", then "Its director said investigators would first secure the data"):
 * both stand close to the claim that states the fact, and they are one passage, not two rival
 * readings of where the other report says it.
 */
final class MutualBest {

    private MutualBest() {
    }

    /** @return the pairs (as {@link #key}) under the threshold that are mutual clear best counterparts */
    static Set<Long> pairs(List<ClaimFeatures> claims, List<int[]> candidates, ScoredPairs scored,
            AlignmentSettings settings) {
        Map<Long, Integer> sizes = new HashMap<>();
        claims.forEach(c -> sizes.merge(c.reportId(), 1, Integer::sum));
        Map<Side, Closeness> closeness = new HashMap<>();
        for (int[] pair : candidates) {
            double s = scored.score(pair[0], pair[1]);
            closeness.computeIfAbsent(side(claims, pair[0], pair[1]), k -> new Closeness()).offer(s);
            closeness.computeIfAbsent(side(claims, pair[1], pair[0]), k -> new Closeness()).offer(s);
        }
        Map<Side, Ranking> best = new HashMap<>();
        double penalty = settings.hubPenalty();
        for (int[] pair : candidates) {
            double s = scored.score(pair[0], pair[1]);
            Side forward = side(claims, pair[0], pair[1]);
            Side backward = side(claims, pair[1], pair[0]);
            // each ranks the other with its closeness to the ranking claim's whole report taken off
            double second = s - penalty * closeness.get(backward).mean();
            double first = s - penalty * closeness.get(forward).mean();
            best.computeIfAbsent(forward, k -> new Ranking(scored)).offer(pair[1], second);
            best.computeIfAbsent(backward, k -> new Ranking(scored)).offer(pair[0], first);
        }
        Set<Long> out = new HashSet<>();
        for (int[] pair : candidates) {
            double s = scored.score(pair[0], pair[1]);
            if (s >= settings.threshold() || s < settings.mutualThreshold()) {
                continue;
            }
            boolean firstAlone = sizes.get(claims.get(pair[0]).reportId()) == 1;
            boolean secondAlone = sizes.get(claims.get(pair[1]).reportId()) == 1;
            if (firstAlone != secondAlone) {
                continue;
            }
            Ranking forward = best.get(side(claims, pair[0], pair[1]));
            Ranking backward = best.get(side(claims, pair[1], pair[0]));
            double margin = sharesDistinctNumber(claims.get(pair[0]), claims.get(pair[1])) ? 0 : settings.mutualMargin();
            if (forward.clearlyBest(pair[1], margin) && backward.clearlyBest(pair[0], margin)) {
                out.add(key(pair));
            }
        }
        return out;
    }

    /**
     * Whether both claims give one number that is no small count ("18.9 percent" / "18.9 per cent",
     * "2,000 residents"): evidence of one fact that no runner-up without it can match, so being
     * each other's best counterpart is enough. Counts up to a dozen are too common to tell.
     */
    static boolean sharesDistinctNumber(ClaimFeatures a, ClaimFeatures b) {
        for (double x : a.numbers()) {
            boolean smallCount = x == Math.rint(x) && x >= 0 && x <= SMALL_COUNT;
            if (!smallCount && Arrays.binarySearch(b.numbers(), x) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final int SMALL_COUNT = 12;

    static long key(int[] pair) {
        return ((long) pair[0] << 32) | pair[1];
    }

    private static Side side(List<ClaimFeatures> claims, int claim, int other) {
        return new Side(claim, claims.get(other).reportId());
    }

    /** One claim's candidates in one other report. */
    private record Side(int claim, long report) {
    }

    /**
     * How close one claim stands to another report as a whole: the mean of its {@value #HUB_NEIGHBOURS}
     * best scores there. A report's lede or summary line is close to much of the other report; ranked
     * as a counterpart, it has its closeness taken off ({@link AlignmentSettings#hubPenalty()}), so
     * that it neither crowds out the claim that states a fact nor blocks it as the runner-up. This is
     * the hubness correction of cross-domain similarity local scaling (Conneau et al. 2018, "Word
     * translation without parallel data").
     */
    private static final class Closeness {

        private final double[] top = new double[HUB_NEIGHBOURS];
        private int count;

        void offer(double score) {
            int at = Math.min(count, HUB_NEIGHBOURS - 1);
            if (count >= HUB_NEIGHBOURS && score <= top[at]) {
                count++;
                return;
            }
            while (at > 0 && top[at - 1] < score) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = score;
            count++;
        }

        double mean() {
            int n = Math.min(count, HUB_NEIGHBOURS);
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += top[k];
            }
            return n == 0 ? 0 : sum / n;
        }
    }

    private static final int HUB_NEIGHBOURS = 3;

    /** One claim's candidates in one report: the best, and how far it stands above the runner-up. */
    private static final class Ranking {

        private final ScoredPairs scored;
        private final List<Integer> candidates = new ArrayList<>();
        private final List<Double> scores = new ArrayList<>();
        private int best = -1;
        private double bestScore;

        Ranking(ScoredPairs scored) {
            this.scored = scored;
        }

        void offer(int candidate, double score) {
            candidates.add(candidate);
            scores.add(score);
            if (best < 0 || score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }

        boolean clearlyBest(int candidate, double margin) {
            return candidate == best && bestScore - runnerUp() >= margin;
        }

        // the best score of a candidate other than the best and its neighbours; none is no rival
        private double runnerUp() {
            double runnerUp = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < candidates.size(); k++) {
                int other = candidates.get(k);
                if (other != best && !scored.adjacent(other, best)) {
                    runnerUp = Math.max(runnerUp, scores.get(k));
                }
            }
            return runnerUp;
        }
    }
}
