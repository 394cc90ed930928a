package io.triangulate.alignment;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
        Set<Long> linked = linkedFacts(groups, candidates, scored);
        Map<Long, OptionalDouble> means = new HashMap<>();
        while (true) {
            double best = bar;
            long match = -1;
            for (long pair : linked) {
                OptionalDouble mean = means.computeIfAbsent(pair,
                        k -> meanAcross(groups.members(first(k)), groups.members(second(k)), scored));
                if (mean.isPresent() && (mean.getAsDouble() > best || match < 0 && mean.getAsDouble() >= bar)) {
                    best = mean.getAsDouble();
                    match = pair;
                }
            }
            if (match < 0) {
                return;
            }
            int kept = groups.merge(first(match), second(match));
            int gone = kept == first(match) ? second(match) : first(match);
            linked = relinked(linked, kept, gone, means);
        }
    }

    /** Pairs of groups, each carried by two reports or more, that a candidate pair links, in candidate order. */
    private static Set<Long> linkedFacts(Groups groups, List<int[]> candidates, ScoredPairs scored) {
        Set<Long> linked = new LinkedHashSet<>();
        for (int[] pair : candidates) {
            int a = groups.of(pair[0]);
            int b = groups.of(pair[1]);
            if (a != b && manyReports(groups.members(a), scored) && manyReports(groups.members(b), scored)) {
                linked.add(key(a, b));
            }
        }
        return linked;
    }

    /** The linked pairs after group {@code gone} went into {@code kept}, whose pairs are measured again. */
    private static Set<Long> relinked(Set<Long> linked, int kept, int gone, Map<Long, OptionalDouble> means) {
        Set<Long> next = new LinkedHashSet<>();
        for (long pair : linked) {
            int a = first(pair) == gone ? kept : first(pair);
            int b = second(pair) == gone ? kept : second(pair);
            if (a == b) {
                continue;
            }
            long renamed = key(a, b);
            if (a == kept || b == kept) {
                means.remove(renamed);
            }
            next.add(renamed);
        }
        return next;
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    private static int first(long pair) {
        return (int) (pair >>> 32);
    }

    private static int second(long pair) {
        return (int) pair;
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
