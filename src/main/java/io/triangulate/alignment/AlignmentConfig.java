package io.triangulate.alignment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How claims are grouped into facts; see {@link AlignmentSettings} for how the defaults were chosen. */
@ConfigMapping(prefix = "triangulate.alignment")
public interface AlignmentConfig {

    /** Minimum pair score (0..1) for two claims of different reports to share a fact. */
    @WithDefault("0.6")
    double threshold();

    /** Minimum pair score for two claims of the same report to share a fact (the report repeats itself). */
    @WithDefault("0.7")
    double repeatThreshold();

    /** Minimum sentence-vector cosine for two claims of the same report to be a repeat. */
    @WithDefault("0.8")
    double repeatCosine();

    /** No pair across two groups may score below this when they merge; stops chains of unrelated claims. */
    @WithDefault("0.3")
    double minLinkage();

    /** Above this many claims in an event, candidate pairs come from a vector and name index. */
    @WithDefault("300")
    int blockAbove();

    /** Lowest pair score at which two claims that are each other's clear best counterpart share a fact. */
    @WithDefault("0.33")
    double mutualThreshold();

    /** How far such a pair must score above each claim's runner-up in the other report. */
    @WithDefault("0.08")
    double mutualMargin();

    /**
     * How much of a candidate's closeness to the whole of the other report (the mean of its three best
     * scores there) is taken off its score when a claim's counterparts are ranked for competitive linking.
     */
    @WithDefault("0.5")
    double hubPenalty();

    /**
     * How strongly words most of an event's claims share (its topic) are discounted when claims are
     * compared word for word: claims assumed to use none of them; 0 counts every word the same.
     */
    @WithDefault("20")
    double backgroundClaims();

    /** How much more readily two reports' first claims (their ledes) pair, in logistic units; 0 turns it off. */
    @WithDefault("1.0")
    double ledeBonus();

    /**
     * Lowest mean score across reports at which two facts, each carried by two reports or more, join
     * as one fact those reports state more than once in other words.
     */
    @WithDefault("0.5")
    double gatherThreshold();

    default AlignmentSettings settings() {
        AlignmentSettings defaults = AlignmentSettings.defaults();
        return new AlignmentSettings(threshold(), repeatThreshold(), repeatCosine(), minLinkage(), blockAbove(), defaults.probes(),
                mutualThreshold(), mutualMargin(), hubPenalty(), backgroundClaims(), ledeBonus(), gatherThreshold(),
                defaults.weights());
    }
}
