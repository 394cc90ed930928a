package io.triangulate.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.claims.ClaimAnnotations;
import io.triangulate.claims.ClaimAnnotations.Cue;
import io.triangulate.claims.ClaimAnnotations.EntityMention;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairFeaturesTest {

    private final Map<String, Integer> vocabulary = new HashMap<>();

    @Test
    void nameFeaturesIgnoreDotsHyphensAndTitles() {
        assertThat(ClaimFeatures.nameParts("u.s.")).containsExactly("us");
        assertThat(ClaimFeatures.nameParts("u.s.-led")).containsExactly("us", "led");
        assertThat(ClaimFeatures.nameParts("grand-duke-vance")).containsExactly("grand", "duke", "vance");
        assertThat(ClaimFeatures.nameParts("president olga vance")).containsExactly("olga", "vance");
    }

    @Test
    void aSurnameOrAHyphenatedPairSharesTheFullName() {
        ClaimFeatures full = claim(List.of(entity("Olga Vance"), entity("U.S.")), false);
        ClaimFeatures pair = claim(List.of(entity("Vance-Moreau"), entity("US")), false);
        // "vance" and "us" are found on both sides, "moreau" only in the pair: 2 of 3
        assertThat(PairScore.features(full, pair)[3]).isEqualTo(2.0 / 3);
    }

    @Test
    void negationAgreesWhenBothOrNeitherClaimDenies() {
        ClaimFeatures denied = claim(List.of(), true);
        ClaimFeatures alsoDenied = claim(List.of(), true);
        ClaimFeatures plain = claim(List.of(), false);
        assertThat(PairScore.features(denied, alsoDenied)[5]).isEqualTo(1.0);
        assertThat(PairScore.features(plain, plain)[5]).isEqualTo(0.5);
        assertThat(PairScore.features(denied, plain)[5]).isEqualTo(0.0);
    }

    private static EntityMention entity(String text) {
        return new EntityMention(text, 0, text.length(), text.toLowerCase(java.util.Locale.ROOT));
    }

    private ClaimFeatures claim(List<EntityMention> entities, boolean negated) {
        List<Cue> negations = negated ? List.of(new Cue("no", 0, 2, "no")) : List.of();
        ClaimAnnotations annotations = new ClaimAnnotations(List.of("word"), List.of(), List.of(), entities,
                negations, List.of(), null, null);
        return ClaimFeatures.of(new ClaimInput(1, 1, 0, "text", annotations, new float[] {1f}), vocabulary);
    }
}
