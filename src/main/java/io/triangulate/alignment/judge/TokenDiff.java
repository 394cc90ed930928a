package io.triangulate.alignment.judge;

import io.triangulate.report.parsing.TaggedToken;
import java.util.ArrayList;
import java.util.List;

/**
 * A token-level diff of two claims (longest common subsequence of lower-case words): the
 * stretches where they part, each with the tokens of both sides. A stretch with words on both
 * sides is a substitution ("in Beijing" / "in Moscow" gives Beijing/Moscow).
 */
final class TokenDiff {

    /** Tokens {@code [aFrom, aTo)} of the first claim stand where {@code [bFrom, bTo)} of the second do. */
    record Hunk(int aFrom, int aTo, int bFrom, int bTo) {

        boolean isSubstitution() {
            return aTo > aFrom && bTo > bFrom;
        }

        int width() {
            return Math.max(aTo - aFrom, bTo - bFrom);
        }
    }

    private TokenDiff() {
    }

    static List<Hunk> hunks(List<TaggedToken> a, List<TaggedToken> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = same(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Hunk> hunks = new ArrayList<>();
        int i = 0;
        int j = 0;
        int aStart = 0;
        int bStart = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && same(a.get(i), b.get(j))) {
                addIfOpen(hunks, aStart, i, bStart, j);
                aStart = ++i;
                bStart = ++j;
            } else if (j == b.size() || i < a.size() && lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        addIfOpen(hunks, aStart, i, bStart, j);
        return hunks;
    }

    private static void addIfOpen(List<Hunk> hunks, int aFrom, int aTo, int bFrom, int bTo) {
        if (aTo > aFrom || bTo > bFrom) {
            hunks.add(new Hunk(aFrom, aTo, bFrom, bTo));
        }
    }

    private static boolean same(TaggedToken x, TaggedToken y) {
        return x.lower().equals(y.lower()) || x.lemma().equals(y.lemma());
    }
}
