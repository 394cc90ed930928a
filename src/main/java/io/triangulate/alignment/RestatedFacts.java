package io.triangulate.alignment;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Joins the facts two reports each state more than once. A report restates its central fact in
 * its lede, its body and its close, each time in other words, so its restatements are seldom close
 * enough to pass as repeats of one another, and the aligner links each of them to a different
 * restatement of the other report: "Residents within a one-kilometre radius were ordered to leave
 * their homes" with "Around 2,000 people living within 800 metres of the site were told to leave
 * their homes", and "around 2,000 residents remain out of their homes" with "Some 2,000 residents
 * have now spent more than a day out of their homes". Two such facts, each already carried by two
 * or more reports, become one when their claims also match across reports on average (each
 * report's claims of one against the other reports' claims of the other) and a report states both.
 * Only groups linked by a candidate pair are compared, best match first, until no two match.
 * Claims that go on from one another ("This meeting was…") never join this way.
 */
final class RestatedFacts {

    private RestatedFacts() {
    }

    static void gather(Groups groups, List<int[]> candidates, ScoredPairs scored, double bar) {
        int[] merge;
        while ((merge = bestMatch(groups, candidates, scored, bar)) != null) {
            groups.merge(merge[0], merge[1]);
        }
    }

    private static int[] bestMatch(Groups groups, List<int[]> candidates, ScoredPairs scored, double bar) {
        Set<Long> seen = new HashSet<>();
        double best = bar;
        int[] match = null;
        for (int[] pair : candidates) {
            int a = Math.min(groups.of(pair[0]), groups.of(pair[1]));
            int b = Math.max(groups.of(pair[0]), groups.of(pair[1]));
            if (a == b || !seen.add(((long) a << 32) | b)) {
                continue;
            }
            List<Integer> g = groups.members(a);
            List<Integer> h = groups.members(b);
            if (!manyReports(g, scored) || !manyReports(h, scored)) {
                continue;
            }
            OptionalDouble mean = meanAcross(g, h, scored);
            if (mean.isPresent() && (mean.getAsDouble() > best || match == null && mean.getAsDouble() >= bar)) {
                best = mean.getAsDouble();
                match = new int[] {a, b};
            }
        }
        return match;
    }

    private static boolean manyReports(List<Integer> group, ScoredPairs scored) {
        return group.stream().anyMatch(i -> !scored.sameReport(i, group.get(0)));
    }

    /**
     * The mean score of the two groups' claims across reports; empty when the groups share no report
     * (no report states the fact twice: such groups merge only as the aligner's threshold allows) or
     * when a claim of one goes on from one of the other.
     */
    private static OptionalDouble meanAcross(List<Integer> g, List<Integer> h, ScoredPairs scored) {
        double sum = 0;
        int n = 0;
        boolean shared = false;
        for (int i : g) {
            for (int j : h) {
                if (scored.continues(i, j)) {
                    return OptionalDouble.empty();
                }
                if (scored.sameReport(i, j)) {
                    shared = true;
                } else {
                    sum += scored.score(i, j);
                    n++;
                }
            }
        }
        return !shared || n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
    }
}
