package io.triangulate.alignment;

import java.util.List;

/**
 * How much a shared word says about two claims stating the same fact, within one event: a word
 * most of the event's claims use ("Trump", "meeting", "tour") is its topic and tells little, a
 * word few claims use tells much. The weight is an inverse claim frequency, shrunk toward uniform
 * by a number of background claims that use none of the words, so two claims compared alone keep
 * nearly equal weights and a large event discounts its topic words.
 */
final class LemmaWeights {

    /** Every word counts the same. */
    static final LemmaWeights UNIFORM = new LemmaWeights(null);

    private final double[] weight;

    private LemmaWeights(double[] weight) {
        this.weight = weight;
    }

    /** @param background claims assumed to use none of the words; 0 or less gives uniform weights */
    static LemmaWeights of(List<ClaimFeatures> claims, int vocabularySize, double background) {
        if (background <= 0) {
            return UNIFORM;
        }
        int[] frequency = new int[vocabularySize];
        for (ClaimFeatures c : claims) {
            for (int lemma : c.lemmas()) {
                frequency[lemma]++;
            }
        }
        double[] weight = new double[vocabularySize];
        for (int i = 0; i < vocabularySize; i++) {
            weight[i] = Math.log((claims.size() + background) / (frequency[i] + 1.0));
        }
        return new LemmaWeights(weight);
    }

    double of(int lemma) {
        return weight == null ? 1 : weight[lemma];
    }

    double sum(int[] lemmas) {
        double s = 0;
        for (int lemma : lemmas) {
            s += of(lemma);
        }
        return s;
    }

    /** The summed weight of the words both sorted arrays hold. */
    double common(int[] a, int[] b) {
        return SortedArrays.common(a, b, this::of);
    }
}
