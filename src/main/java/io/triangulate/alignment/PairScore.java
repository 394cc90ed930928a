package io.triangulate.alignment;

import io.triangulate.alignment.AlignmentSettings.PairWeights;
import io.triangulate.claims.embedding.Vectors;
import java.util.Set;

/**
 * How likely two claims state the same fact, 0..1: a logistic combination of sentence-vector
 * cosine, lemma overlap, shared entities and shared numbers. Embeddings carry the paraphrase;
 * the lexical features keep same-topic-but-different-fact pairs apart.
 */
final class PairScore {

    private final PairWeights w;

    PairScore(PairWeights weights) {
        this.w = weights;
    }

    double score(ClaimFeatures a, ClaimFeatures b) {
        double[] f = features(a, b);
        double z = w.bias() + w.cosine() * f[0] + w.lemmas() * f[1] + w.entities() * f[2] + w.numbers() * f[3];
        return 1 / (1 + Math.exp(-z));
    }

    /** cosine, lemma Dice, entity share, number share; the last two are 0.5 when a side has none. */
    static double[] features(ClaimFeatures a, ClaimFeatures b) {
        double cosine = Vectors.dot(a.claim().embedding(), b.claim().embedding());
        return new double[] {cosine, dice(a.lemmas(), b.lemmas()), share(a.entities(), b.entities()),
            share(a.numbers(), b.numbers())};
    }

    private static <T> double dice(Set<T> a, Set<T> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return 2.0 * common(a, b) / (a.size() + b.size());
    }

    private static <T> double share(Set<T> a, Set<T> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.5;
        }
        return (double) common(a, b) / Math.min(a.size(), b.size());
    }

    private static <T> int common(Set<T> a, Set<T> b) {
        Set<T> small = a.size() <= b.size() ? a : b;
        Set<T> large = small == a ? b : a;
        int n = 0;
        for (T item : small) {
            if (large.contains(item)) {
                n++;
            }
        }
        return n;
    }
}
