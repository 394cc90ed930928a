package io.triangulate.alignment.judge;

import io.triangulate.alignment.judge.TokenDiff.Hunk;

/** The words of each side around a change, for values a reader can place ("is not" / "is"). */
final class Spans {

    private Spans() {
    }

    /** The hunk of the pair that holds token {@code i} of side a, or null. */
    static Hunk hunkAt(ClaimPair pair, int i) {
        return pair.hunks().stream().filter(h -> h.aFrom() <= i && i < h.aTo()).findFirst().orElse(null);
    }

    /**
     * Both sides' words of a hunk; when one side is empty (an insertion), both are widened by the
     * shared word before it (or after it, at the start) so neither value is blank.
     */
    static String[] words(ClaimPair pair, Hunk h) {
        return words(pair, h, false);
    }

    /**
     * The same, but when {@code verbGroup} says so an insertion is widened by the shared word after
     * it, and by an auxiliary before it: an inserted "not" bears on its verb ("will not attend" /
     * "will attend", "did not attend" / "attended").
     */
    static String[] words(ClaimPair pair, Hunk h, boolean verbGroup) {
        int aFrom = h.aFrom();
        int aTo = h.aTo();
        int bFrom = h.bFrom();
        int bTo = h.bTo();
        boolean follows = aTo < pair.a().tokens().size() && bTo < pair.b().tokens().size()
                && !pair.a().tokens().get(aTo).isPunctuation();
        if (!h.isSubstitution() && verbGroup && follows) {
            aTo++;
            bTo++;
            if (aFrom > 0 && bFrom > 0 && "AUX".equals(pair.a().tokens().get(aFrom - 1).pos())) {
                aFrom--;
                bFrom--;
            }
        } else if (!h.isSubstitution()) {
            boolean before = aFrom > 0 && bFrom > 0;
            aFrom -= before ? 1 : 0;
            bFrom -= before ? 1 : 0;
            boolean after = !before && aTo < pair.a().tokens().size() && bTo < pair.b().tokens().size();
            aTo += after ? 1 : 0;
            bTo += after ? 1 : 0;
        }
        return new String[] {side(pair.a(), aFrom, aTo), side(pair.b(), bFrom, bTo)};
    }

    private static String side(ClaimView view, int from, int to) {
        return to > from ? view.words(from, to) : view.text();
    }
}
