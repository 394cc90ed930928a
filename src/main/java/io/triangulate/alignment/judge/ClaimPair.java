package io.triangulate.alignment.judge;

import io.triangulate.alignment.judge.TokenDiff.Hunk;
import io.triangulate.report.parsing.TaggedToken;
import java.util.List;

/** Two claims from different reports, with their token diff computed once for every check. */
record ClaimPair(ClaimView a, ClaimView b, List<Hunk> hunks) {

    static ClaimPair of(ClaimView a, ClaimView b) {
        return new ClaimPair(a, b, TokenDiff.hunks(a.tokens(), b.tokens()));
    }

    /** Whether the text at {@code aOffset} in a and {@code bOffset} in b stand in one narrow substitution. */
    boolean substituted(int aOffset, int bOffset, int maxWidth) {
        int i = a.tokenAt(aOffset);
        int j = b.tokenAt(bOffset);
        return substitutions(maxWidth).stream().anyMatch(h -> h.aFrom() <= i && i < h.aTo() && h.bFrom() <= j
                && j < h.bTo());
    }

    /** The stretches one claim replaces with others, at most {@code maxWidth} tokens on either side. */
    List<Hunk> substitutions(int maxWidth) {
        return hunks.stream().filter(h -> h.isSubstitution() && h.width() <= maxWidth).toList();
    }

    /**
     * Whether either word of a swap ({@code x} of a, {@code y} of b) stands as often in the other
     * claim as in its own: it moved, it was not swapped out. "sales" / "profits" where the other
     * claim still has "sales" once, elsewhere, is a swap; "work" / "personal" trading places is not.
     */
    boolean eitherMoved(TaggedToken x, TaggedToken y) {
        return b.lemmaCount(x.lemma()) >= a.lemmaCount(x.lemma()) || a.lemmaCount(y.lemma()) >= b.lemmaCount(y.lemma());
    }

    /**
     * The token of b that the diff pairs with token {@code i} of a (the same word, or the same
     * lemma), or -1 when token {@code i} stands in a changed stretch.
     */
    int counterpart(int i) {
        int shift = 0;
        for (Hunk h : hunks) {
            if (i < h.aFrom()) {
                break;
            }
            if (i < h.aTo()) {
                return -1;
            }
            shift += (h.bTo() - h.bFrom()) - (h.aTo() - h.aFrom());
        }
        return i + shift;
    }

    /** The pair seen from the other side, for checks that look one way only. */
    ClaimPair swapped() {
        List<Hunk> mirrored = hunks.stream().map(h -> new Hunk(h.bFrom(), h.bTo(), h.aFrom(), h.aTo())).toList();
        return new ClaimPair(b, a, mirrored);
    }
}
