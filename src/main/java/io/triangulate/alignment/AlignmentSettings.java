package io.triangulate.alignment;

/**
 * The numbers the aligner works with. Defaults come from fitting the pair score on the MSRP
 * training pairs (see {@code bench/FitPairScore} in the tests) and checking the grouping on the
 * perturbation suite; {@link AlignmentConfig} maps typed configuration onto them.
 *
 * @param threshold      minimum pair score (0..1) for two claims of different reports to share a fact
 * @param repeatThreshold minimum score for two claims of the same report to share a fact (a repeat)
 * @param minLinkage     no pair across two groups may score below this when they merge (stops chaining)
 * @param blockAbove     above this many claims, candidate pairs come from an index instead of all pairs
 * @param probes         how many vector cells each claim is filed under when the index is used
 * @param weights        the pair score's logistic weights: bias, cosine, lemma overlap, entity overlap, numbers
 */
public record AlignmentSettings(double threshold, double repeatThreshold, double minLinkage, int blockAbove,
        int probes, PairWeights weights) {

    /** Logistic weights of the pair score's features. */
    public record PairWeights(double bias, double cosine, double lemmas, double entities, double numbers) {
    }

    public static AlignmentSettings defaults() {
        return new AlignmentSettings(0.5, 0.8, 0.3, 300, 3, new PairWeights(-5.2, 4.6, 4.1, 0.0, 0.3));
    }
}
