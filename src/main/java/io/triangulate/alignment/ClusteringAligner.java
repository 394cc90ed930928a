package io.triangulate.alignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups claims into facts by average-linkage clustering over scored candidate pairs. Pairs are
 * taken strongest first; two groups merge only when their claims match on average and no pair
 * between them is weak, so unrelated claims never chain together through a claim similar to
 * both. A pair under the threshold may still link when its claims are each other's clear best
 * counterparts ({@link MutualBest}). Two claims of one report share a fact only when they repeat
 * each other, or when they are the two parts of what another report says in one claim
 * ({@link #partsOfOneClaim}); a repeat that gives a figure the fact's other claims lack stays
 * apart ({@link #addsFigures}). Ties are broken by the claims' words, so the result does not depend on the order
 * reports were imported in. Words most of the event's claims share, its topic, count for less
 * when claims are compared word for word ({@link LemmaWeights}), and two reports' ledes pair
 * more readily than other claims ({@link Ledes}). Last, facts that two reports each state more
 * than once in other words are joined ({@link RestatedFacts}).
 */
public final class ClusteringAligner implements Aligner {

    private final AlignmentSettings settings;

    public ClusteringAligner(AlignmentSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<AlignedGroup> align(List<ReportClaims> reports) {
        Map<String, Integer> vocabulary = new HashMap<>();
        List<ClaimFeatures> claims = NameWords.collapse(reports.stream().flatMap(r -> r.claims().stream())
                .sorted(Comparator.comparing(ClaimInput::text).thenComparingLong(ClaimInput::id))
                .map(c -> ClaimFeatures.of(c, vocabulary)).toList(), vocabulary.size());
        LemmaWeights weights = LemmaWeights.of(claims, vocabulary.size(), settings.backgroundClaims());
        ScoredPairs scored = new ScoredPairs(claims,
                new PairScore(settings.weights(), weights, Ledes.of(reports), settings.ledeBonus()));
        Groups groups = new Groups(claims.size());
        List<int[]> candidates = CandidatePairs.of(claims, settings);
        Set<Long> mutual = MutualBest.pairs(claims, candidates, scored, settings);
        for (int[] pair : strongestFirst(candidates, scored, mutual)) {
            int a = groups.of(pair[0]);
            int b = groups.of(pair[1]);
            double bar = mutual.contains(MutualBest.key(pair)) ? settings.mutualThreshold() : settings.threshold();
            if (a != b && mayMerge(groups.members(a), groups.members(b), scored, bar)) {
                groups.merge(a, b);
            }
        }
        RestatedFacts.gather(groups, candidates, scored, settings.gatherThreshold());
        return groups.all().stream().map(members -> group(members, claims, scored)).toList();
    }

    private List<int[]> strongestFirst(List<int[]> candidates, ScoredPairs scored, Set<Long> mutual) {
        List<int[]> pairs = new ArrayList<>();
        for (int[] pair : candidates) {
            if (scored.score(pair[0], pair[1]) >= settings.threshold() || mutual.contains(MutualBest.key(pair))) {
                pairs.add(pair);
            }
        }
        pairs.sort(Comparator.<int[]>comparingDouble(p -> -scored.score(p[0], p[1]))
                .thenComparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        return pairs;
    }

    // bar: the mean score across the groups a merge needs, lower when a mutual best pair asks for it
    private boolean mayMerge(List<Integer> a, List<Integer> b, ScoredPairs scored, double bar) {
        double sum = 0;
        int across = 0;
        for (int i : a) {
            for (int j : b) {
                double s = scored.score(i, j);
                if (scored.sameReport(i, j)) {
                    if (partsOfOneClaim(i, j, a, b, scored)) {
                        continue;
                    }
                    if (s < settings.repeatThreshold() || scored.cosine(i, j) < settings.repeatCosine()
                            || scored.continues(i, j)) {
                        return false;
                    }
                    if (addsFigures(i, j, a, b, scored) || addsFigures(j, i, a, b, scored)) {
                        return false;
                    }
                    continue;
                }
                if (s < settings.minLinkage()) {
                    return false;
                }
                sum += s;
                across++;
            }
        }
        return across == 0 || sum / across >= bar;
    }

    /**
     * Whether claim {@code i} gives a figure (a number or a date) that neither its repeat {@code j}
     * nor any other report's claim in the two groups gives. Such a claim says more than its fact
     * as the other reports carry it: "Seacom announced on 14 October 2011 that it has restored all
     * business customers" beside its shorter repeat "Seacom's business customers have had their
     * services restored" stays a fact of its own, so that a report without it shows it missing.
     */
    private static boolean addsFigures(int i, int j, List<Integer> a, List<Integer> b, ScoredPairs scored) {
        Set<Integer> known = new HashSet<>();
        boolean othersCarryIt = false;
        for (List<Integer> group : List.of(a, b)) {
            for (int k : group) {
                if (!scored.sameReport(i, k)) {
                    othersCarryIt = true;
                    Arrays.stream(scored.figures(k)).forEach(known::add);
                }
            }
        }
        Arrays.stream(scored.figures(j)).forEach(known::add);
        return othersCarryIt && Arrays.stream(scored.figures(i)).anyMatch(f -> !known.contains(f));
    }

    /**
     * Two neighbouring claims of one report that each state part of one claim of another report
     * ("Locals were neither hopeful nor negative, said Martell; they repeated Kim's stance" against
     * one sentence that says both): both pair with that claim at the threshold or above, and it is
     * longer than either and worded like neither, so the other report made one claim of what this
     * one split in two. A claim the other report repeats word for word next to a neighbour is no
     * such part.
     */
    private boolean partsOfOneClaim(int i, int j, List<Integer> a, List<Integer> b, ScoredPairs scored) {
        if (!scored.adjacent(i, j)) {
            return false;
        }
        for (List<Integer> group : List.of(a, b)) {
            for (int k : group) {
                double si = scored.score(i, k);
                double sj = scored.score(j, k);
                if (!scored.sameReport(i, k) && si >= settings.threshold() && sj >= settings.threshold() && si < 1
                        && sj < 1 && scored.longer(k, i) && scored.longer(k, j)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static AlignedGroup group(List<Integer> members, List<ClaimFeatures> claims, ScoredPairs scored) {
        List<ClaimInput> inGroup = members.stream().map(i -> claims.get(i).claim())
                .sorted(Comparator.comparingLong(ClaimInput::reportId).thenComparingInt(ClaimInput::index))
                .toList();
        double score = members.size() == 1 ? 1 - scored.best(members.get(0)) : scored.meanAcross(members);
        return new AlignedGroup(inGroup, Math.round(score * 1000) / 1000.0);
    }
}
