package io.triangulate.claims.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {

    static final MiniLmEmbedder EMBEDDER = new MiniLmEmbedder();

    @Test
    void vectorsHaveUnitLength() {
        float[] vector = EMBEDDER.embed(List.of("The storm reached the coast on Tuesday.")).get(0);
        assertThat(vector).hasSize(EMBEDDER.dimensions());
        assertThat(Vectors.dot(vector, vector)).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void paraphraseIsCloserThanAnotherFact() {
        List<float[]> v = EMBEDDER.embed(List.of(
                "The storm reached the coast on Tuesday, officials said.",
                "Officials said the storm made landfall on Tuesday.",
                "The central bank raised interest rates by half a point."));
        assertThat(Vectors.dot(v.get(0), v.get(1))).isGreaterThan(Vectors.dot(v.get(0), v.get(2)) + 0.3);
    }

    @Test
    void bytesRoundTripKeepsTheVector() {
        float[] vector = {0.25f, -1.5f, 3f};
        assertThat(Vectors.fromBytes(Vectors.toBytes(vector))).containsExactly(vector);
    }
}
