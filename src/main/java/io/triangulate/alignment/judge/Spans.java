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
        int aFrom = h.aFrom();
        int aTo = h.aTo();
        int bFrom = h.bFrom();
        int bTo = h.bTo();
        if (!h.isSubstitution()) {
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
