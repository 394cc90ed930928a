package io.triangulate.alignment;

import io.triangulate.claims.embedding.EmbeddingTexts;
import io.triangulate.claims.embedding.Vectors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pair scores computed once and remembered, with each claim's best score against another report. */
final class ScoredPairs {

    private final List<ClaimFeatures> claims;
    private final PairScore pairScore;
    private final Map<Long, Double> scores = new HashMap<>();
    private final double[] best;

    ScoredPairs(List<ClaimFeatures> claims, PairScore pairScore) {
        this.claims = claims;
        this.pairScore = pairScore;
        this.best = new double[claims.size()];
    }

    double score(int i, int j) {
        int lo = Math.min(i, j);
        int hi = Math.max(i, j);
        return scores.computeIfAbsent((long) lo * claims.size() + hi, k -> {
            double s = pairScore.score(claims.get(lo), claims.get(hi));
            if (!sameReport(lo, hi)) {
                best[lo] = Math.max(best[lo], s);
                best[hi] = Math.max(best[hi], s);
            }
            return s;
        });
    }

    double cosine(int i, int j) {
        return Vectors.dot(claims.get(i).claim().embedding(), claims.get(j).claim().embedding());
    }

    boolean sameReport(int i, int j) {
        return claims.get(i).reportId() == claims.get(j).reportId();
    }

    /**
     * Whether one claim goes on from the other: the next claim of the same report, pointing back to
     * it ("This meeting was…"). It says something new about what the other said, it does not repeat
     * it, although its vector, embedded with the other as context, is close.
     */
    boolean continues(int i, int j) {
        ClaimInput a = claims.get(i).claim();
        ClaimInput b = claims.get(j).claim();
        ClaimInput later = a.index() > b.index() ? a : b;
        return sameReport(i, j) && Math.abs(a.index() - b.index()) == 1 && EmbeddingTexts.pointsBack(later.text());
    }

    /** The claim's numbers and dates, as ids of the alignment's vocabulary. */
    int[] figures(int i) {
        return claims.get(i).figures();
    }

    /** Whether the two are neighbouring claims of one report. */
    boolean adjacent(int i, int j) {
        return sameReport(i, j) && Math.abs(claims.get(i).claim().index() - claims.get(j).claim().index()) == 1;
    }

    /** Whether the first claim's text is longer than the second's. */
    boolean longer(int i, int j) {
        return claims.get(i).claim().text().length() > claims.get(j).claim().text().length();
    }

    /** The best score this claim reached against a claim of another report, among the pairs scored. */
    double best(int i) {
        return best[i];
    }

    double meanAcross(List<Integer> members) {
        double sum = 0;
        int n = 0;
        for (int a = 0; a < members.size(); a++) {
            for (int b = a + 1; b < members.size(); b++) {
                if (!sameReport(members.get(a), members.get(b))) {
                    sum += score(members.get(a), members.get(b));
                    n++;
                }
            }
        }
        return n == 0 ? 1 : sum / n;
    }
}
