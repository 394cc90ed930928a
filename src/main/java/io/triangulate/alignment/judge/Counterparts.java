package io.triangulate.alignment.judge;

import io.triangulate.alignment.ClaimInput;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which claims of a fact are judged against each other: pairs from two reports that are each
 * other's closest claim in the other report. With one claim per report that is every pair; when a
 * report states the fact twice, two details it gives ("stopped him in the sixth round", "in 2008,
 * in the 11th round") are not read as a conflict with the other report's wording of one of them.
 */
final class Counterparts {

    private final List<ClaimInput> claims;
    private final List<Set<String>> lemmas;

    Counterparts(List<ClaimInput> claims) {
        this.claims = claims;
        this.lemmas = claims.stream().map(c -> c.annotations() == null || c.annotations().lemmas() == null
                ? Set.<String>of() : Set.copyOf(c.annotations().lemmas())).toList();
    }

    /** Claims of different reports, each the closest to the other in its report. */
    boolean compared(int i, int j) {
        return claims.get(i).reportId() != claims.get(j).reportId() && closest(i, j) && closest(j, i);
    }

    /** Whether no claim of j's report is closer to claim i than j is. */
    private boolean closest(int i, int j) {
        double best = overlap(i, j);
        for (int k = 0; k < claims.size(); k++) {
            if (k != j && claims.get(k).reportId() == claims.get(j).reportId() && overlap(i, k) > best) {
                return false;
            }
        }
        return true;
    }

    private double overlap(int i, int j) {
        Set<String> common = new HashSet<>(lemmas.get(i));
        common.retainAll(lemmas.get(j));
        int union = lemmas.get(i).size() + lemmas.get(j).size() - common.size();
        return union == 0 ? 0 : (double) common.size() / union;
    }
}
