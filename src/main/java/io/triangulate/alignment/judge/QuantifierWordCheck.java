package io.triangulate.alignment.judge;

import io.triangulate.alignment.DifferenceKind;
import io.triangulate.alignment.judge.TokenDiff.Hunk;
import io.triangulate.report.parsing.TaggedToken;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A quantifier word in the place of one that says how many differently (QUANTIFIER): "most
 * residents" / "all residents", "many" / "few", "some of the officials" / "all of the officials".
 * The words are ranked by how much of the whole they take (all, most, some, few); two of one
 * rank ("every" / "all", "some" / "several", "many" / "some": paraphrases swap those) say the same. Only a narrow substitution is read
 * this way, each side one quantifier, so the noun it counts is the one the claims share; a
 * superlative ("the most important") is no quantifier, nor is "few" in "a few", which counts like
 * "some". "No" and "none" are polarity, left to {@link PolarityCheck}.
 */
final class QuantifierWordCheck implements FactCheck {

    private static final int MAX_WIDTH = 2;

    private static final Map<String, Integer> RANKS = Map.ofEntries(Map.entry("all", 5), Map.entry("every", 5),
            Map.entry("each", 5), Map.entry("most", 4), Map.entry("many", 2), Map.entry("numerous", 2),
            Map.entry("some", 2), Map.entry("several", 2), Map.entry("various", 2), Map.entry("few", 1));

    // What a quantifier is read as when it counts a noun: determiner, adjective or pronoun ("most of").
    private static final Set<String> COUNTING = Set.of("DET", "ADJ", "PRON", "NUM");

    private static final Set<String> A_FEW = Set.of("DET", "ADJ");

    @Override
    public List<Conflict> conflicts(ClaimPair pair) {
        for (Hunk h : pair.hunks()) {
            if (!h.isSubstitution() || h.width() > MAX_WIDTH) {
                continue;
            }
            int x = quantifier(pair.a().tokens(), h.aFrom(), h.aTo());
            int y = quantifier(pair.b().tokens(), h.bFrom(), h.bTo());
            if (x >= 0 && y >= 0 && rank(pair.a().tokens(), x) != rank(pair.b().tokens(), y)) {
                return List.of(new Conflict(DifferenceKind.QUANTIFIER, pair.a().tokens().get(x).text(),
                        pair.b().tokens().get(y).text(), "count differently"));
            }
        }
        return List.of();
    }

    // The one quantifier among tokens [from, to), or -1 when there is none or more than one.
    private static int quantifier(List<TaggedToken> tokens, int from, int to) {
        int found = -1;
        for (int i = from; i < to; i++) {
            if (rank(tokens, i) > 0) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    // How much of the whole the word at i takes, 0 when it is no quantifier there.
    private static int rank(List<TaggedToken> tokens, int i) {
        TaggedToken t = tokens.get(i);
        Integer rank = RANKS.get(t.lower());
        // the tagger reads a capitalised first word it does not expect as a name ("Few voters")
        boolean counting = COUNTING.contains(t.pos()) || i == 0 && "PROPN".equals(t.pos());
        if (rank == null || !counting) {
            return 0;
        }
        String before = i > 0 ? tokens.get(i - 1).lower() : "";
        if (before.equals("the") || before.equals("at")) {
            return 0; // "the most important", "at most"
        }
        // "a few", "the next few": a few is some; only "few" on its own ("very few") is few
        boolean fewAsSome = rank == 1 && i > 0 && A_FEW.contains(tokens.get(i - 1).pos());
        return fewAsSome ? RANKS.get("some") : rank;
    }
}
