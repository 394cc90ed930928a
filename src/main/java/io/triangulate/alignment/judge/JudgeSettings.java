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
 * @param otherWords           whether a lone content-word substitution is flagged as OTHER; off by
 *                             default because without a synonym lexicon it fires on paraphrases
 */
public record JudgeSettings(double approximateTolerance, int maxSwapTokens, Set<String> ignoredHedges,
        boolean timeframe, boolean otherWords) {

    public JudgeSettings {
        ignoredHedges = Set.copyOf(ignoredHedges);
    }

    public static JudgeSettings defaults() {
        return new JudgeSettings(0.10, 4, Set.of("would"), true, false);
    }
}
