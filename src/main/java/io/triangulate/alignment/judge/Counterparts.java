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

    // How much of a part's words the whole must hold, and how many words a part needs.
    private static final double PART_SHARE = 0.8;
    private static final int MIN_PART_WORDS = 2;

    private final List<ClaimInput> claims;
    private final List<Set<String>> lemmas;

    Counterparts(List<ClaimInput> claims) {
        this.claims = claims;
        this.lemmas = claims.stream().map(c -> c.annotations() == null || c.annotations().lemmas() == null
                ? Set.<String>of() : Set.copyOf(c.annotations().lemmas())).toList();
    }

    /**
     * Claims of different reports, each the closest to the other in its report; or a claim that
     * states part of a longer one ("Page did not marry twice" of "Page married twice; the first
     * marriage lasted ..."), whose words that claim holds nearly all: another report may split
     * what one says in one sentence, and each part is read against the whole.
     */
    boolean compared(int i, int j) {
        return claims.get(i).reportId() != claims.get(j).reportId()
                && (closest(i, j) && closest(j, i) || partOf(j, i) || partOf(i, j));
    }

    private boolean partOf(int part, int whole) {
        Set<String> words = lemmas.get(part);
        if (words.size() < MIN_PART_WORDS || lemmas.get(whole).size() <= words.size() || !closest(part, whole)) {
            return false;
        }
        long held = words.stream().filter(lemmas.get(whole)::contains).count();
        return held >= PART_SHARE * words.size();
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
