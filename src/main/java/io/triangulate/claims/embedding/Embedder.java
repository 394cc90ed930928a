package io.triangulate.claims.embedding;

import java.util.List;

/**
 * Turns claim texts into unit-length sentence vectors, so that the dot product of two vectors is
 * their cosine similarity. Pure: the same texts always give the same vectors.
 */
public interface Embedder {

    /** @return one vector per text, in order, each of length {@link #dimensions()} and unit norm */
    List<float[]> embed(List<String> texts);

    int dimensions();

    /** The model that makes the vectors: vectors of two models are not comparable. */
    String model();
}
