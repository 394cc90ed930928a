package io.triangulate.alignment.judge;

/**
 * How close two words are in meaning, 0..1. WordNet misses many news synonyms ("reporters" /
 * "journalists", "authorities" / "officials"); a similarity from word vectors spares them.
 */
@FunctionalInterface
public interface WordSimilarity {

    /** No similarity known: every WordNet verdict stands. */
    WordSimilarity NONE = (a, b) -> 0;

    double of(String a, String b);
}
