package io.triangulate.claims.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BundledModelEmbedderTest {

    static final BgeSmallEmbedder CLAIMS = new BgeSmallEmbedder();
    static final MiniLmEmbedder WORDS = new MiniLmEmbedder();

    static Stream<BundledModelEmbedder> models() {
        return Stream.of(CLAIMS, WORDS);
    }

    @ParameterizedTest
    @MethodSource("models")
    void vectorsHaveUnitLength(BundledModelEmbedder embedder) {
        float[] vector = embedder.embed(List.of("The storm reached the coast on Tuesday.")).get(0);
        assertThat(vector).hasSize(embedder.dimensions());
        assertThat(Vectors.dot(vector, vector)).isCloseTo(1.0, within(1e-4));
    }

    @ParameterizedTest
    @MethodSource("models")
    void paraphraseIsCloserThanAnotherFact(BundledModelEmbedder embedder) {
        List<float[]> v = embedder.embed(List.of(
                "The storm reached the coast on Tuesday, officials said.",
                "Officials said the storm made landfall on Tuesday.",
                "The central bank raised interest rates by half a point."));
        assertThat(Vectors.dot(v.get(0), v.get(1))).isGreaterThan(Vectors.dot(v.get(0), v.get(2)) + 0.2);
    }

    @Test
    void eachModelNamesItsVectorsSoThatTheyAreNeverComparedWithAnothersAndTheSameTextGivesTheSameVector() {
        assertThat(CLAIMS.model()).isEqualTo("bge-small-en-v1.5-q").isNotEqualTo(WORDS.model());
        String text = "The storm reached the coast on Tuesday.";
        assertThat(CLAIMS.embed(List.of(text)).get(0)).containsExactly(CLAIMS.embed(List.of(text, "Another.")).get(0));
    }

    @Test
    void noTextsGiveNoVectors() {
        assertThat(CLAIMS.embed(List.of())).isEmpty();
    }

    @Test
    void bytesRoundTripKeepsTheVector() {
        float[] vector = {0.25f, -1.5f, 3f};
        assertThat(Vectors.fromBytes(Vectors.toBytes(vector))).containsExactly(vector);
    }
}
