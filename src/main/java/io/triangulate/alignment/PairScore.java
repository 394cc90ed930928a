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
    private final LemmaWeights lemmaWeights;
    private final Set<Long> ledes;
    private final double ledeBonus;

    PairScore(PairWeights weights) {
        this(weights, LemmaWeights.UNIFORM);
    }

    PairScore(PairWeights weights, LemmaWeights lemmaWeights) {
        this(weights, lemmaWeights, Set.of(), 0);
    }

    /** @param ledes claims ({@link Ledes}) whose pairs with each other gain {@code ledeBonus} (logistic units) */
    PairScore(PairWeights weights, LemmaWeights lemmaWeights, Set<Long> ledes, double ledeBonus) {
        this.w = weights;
        this.lemmaWeights = lemmaWeights;
        this.ledes = ledes;
        this.ledeBonus = ledeBonus;
    }

    /**
     * Two claims worded alike, up to case and punctuation, state the same fact: they score 1. The
     * fitted weights reward a short claim found whole in a longer one over two of equal length (a
     * negative lemma-overlap weight beside the containment weight), which would otherwise rank a
     * sentence below a longer one that contains its words, and even below itself.
     */
    double score(ClaimFeatures a, ClaimFeatures b) {
        if (!a.wording().isEmpty() && a.wording().equals(b.wording())) {
            return 1;
        }
        double[] f = features(a, b, lemmaWeights);
        double z = w.bias() + w.cosine() * f[0] + w.lemmas() * f[1] + w.containment() * f[2] + w.entities() * f[3]
                + w.numbers() * f[4];
        if (ledes.contains(a.claim().id()) && ledes.contains(b.claim().id())) { // one lede per report
            z += ledeBonus;
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * cosine, lemma Dice, lemma containment, entity share, number share; the last two are 0.5 when
     * a side has none. Containment lets a short claim match the long sentence that holds it.
     */
    static double[] features(ClaimFeatures a, ClaimFeatures b) {
        return features(a, b, LemmaWeights.UNIFORM);
    }

    /** The same, with each shared lemma counted by its weight in the event. */
    static double[] features(ClaimFeatures a, ClaimFeatures b, LemmaWeights lemmas) {
        double cosine = cosine(a.claim(), b.claim());
        double common = lemmas.common(a.lemmas(), b.lemmas());
        double left = lemmas.sum(a.lemmas());
        double right = lemmas.sum(b.lemmas());
        double dice = left + right == 0 ? 0 : 2 * common / (left + right);
        double containment = a.lemmas().length == 0 || b.lemmas().length == 0 ? 0.5 : common / Math.min(left, right);
        return new double[] {cosine, dice, containment, share(a.entities(), b.entities()), share(a.numbers(), b.numbers())};
    }

    /**
     * The cosine of the two claims' vectors; a claim that points back is compared both with the
     * context it was embedded in and on its own words, and the closer reading counts: "This economic
     * progress, coupled with ..." and a paraphrase opening "Together with ..., this economic
     * progress" say the same, though only the first was embedded after the claim before it.
     */
    static double cosine(ClaimInput a, ClaimInput b) {
        double withContext = Vectors.dot(a.embedding(), b.embedding());
        if (a.ownEmbedding() == null && b.ownEmbedding() == null) {
            return withContext;
        }
        return Math.max(withContext, Vectors.dot(a.ownOrEmbedding(), b.ownOrEmbedding()));
    }

    private static double share(int[] a, int[] b) {
        return a.length == 0 || b.length == 0 ? 0.5 : (double) SortedArrays.common(a, b) / Math.min(a.length, b.length);
    }

    private static double share(double[] a, double[] b) {
        return a.length == 0 || b.length == 0 ? 0.5 : (double) SortedArrays.common(a, b) / Math.min(a.length, b.length);
    }
}
