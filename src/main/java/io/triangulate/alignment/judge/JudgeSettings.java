package io.triangulate.alignment.judge;

import java.util.Set;

/**
 * The judge's tunable thresholds, so a service can map typed configuration onto them.
 *
 * @param approximateTolerance relative width of "about", "around", "nearly" ranges (0.1 = ±10%)
 * @param maxSwapTokens        widest substitution, in tokens per side, read as a swapped name or word;
 *                             wider stretches are rewording, where a pairing of names is a guess
 * @param ignoredHedges        hedge cue lemmas that are not uncertainty in news copy ("would" is
 *                             mostly reported speech: "said it would")
 * @param timeframe            whether future-versus-past claims that otherwise agree are flagged
 * @param otherWords           whether any lone content-word substitution is flagged as OTHER, with
 *                             no lexicon; off by default because it fires on synonyms
 * @param lexical              whether a content word swapped for a WordNet co-hyponym or unrelated
 *                             word is flagged ({@link LexicalCheck})
 * @param maxLexicalHunks      most changed stretches two claims may have and still be read word
 *                             for word; more is rewording
 * @param maxLexicalWidth      widest substitution read word for word: equal-length stretches pair
 *                             their words by position, unequal ones their last content words
 *                             ("prop up" / "sink"); 3 rather than 2 gained two SummEdits pairs
 *                             ("defends itself from" / "cooperated with"), no MSRP or perturbation flag
 * @param maxLexicalShare      largest share of the longer claim's tokens that may have changed
 * @param lexicalUnrelated     whether words WordNet relates in no way are flagged too, not only
 *                             co-hyponyms; its sense inventory misses many news synonyms
 *                             ("arrested" / "detained"), so this costs precision
 * @param clockToleranceMinutes how far apart two clock times in each other's place may be and still
 *                             agree ("7 p.m." / "7:10 p.m."); reporters round times of day
 * @param figureContextTokens  tokens on each side of a figure whose content words tell which of
 *                             several figures of one kind on the other side is its counterpart
 *                             ({@link FigureContext}); 0 compares a figure with all of them
 * @param figureContextWords   fewest content words a figure's surroundings must share with one
 *                             candidate's to make it the counterpart; one shared verb ("grossed")
 *                             is too common a frame to tell home from worldwide takings
 */
public record JudgeSettings(double approximateTolerance, int maxSwapTokens, Set<String> ignoredHedges,
        boolean timeframe, boolean otherWords, boolean lexical, int maxLexicalHunks, int maxLexicalWidth,
        double maxLexicalShare, boolean lexicalUnrelated, int clockToleranceMinutes, int figureContextTokens,
        int figureContextWords) {

    public JudgeSettings {
        ignoredHedges = Set.copyOf(ignoredHedges);
    }

    /** The earlier settings, with the lexical check at its defaults. */
    public JudgeSettings(double approximateTolerance, int maxSwapTokens, Set<String> ignoredHedges,
            boolean timeframe, boolean otherWords) {
        this(approximateTolerance, maxSwapTokens, ignoredHedges, timeframe, otherWords, true, 1, 3, 0.3, true, 15, 3, 2);
    }

    public static JudgeSettings defaults() {
        return new JudgeSettings(0.10, 4, Set.of("would"), true, false);
    }
}
