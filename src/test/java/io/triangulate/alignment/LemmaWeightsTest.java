package io.triangulate.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.claims.annotation.ClaimAnnotator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Words an event's claims mostly share, its topic, say little about two claims stating one fact. */
class LemmaWeightsTest {

    private static final ClaimAnnotator ANNOTATOR = new ClaimAnnotator();

    private final Map<String, Integer> vocabulary = new HashMap<>();

    private ClaimFeatures claim(long id, String text) {
        return ClaimFeatures.of(new ClaimInput(id, id, 0, text, ANNOTATOR.annotate(text, null), new float[0]), vocabulary);
    }

    @Test
    void aTopicWordOfALargeEventCountsForLessThanAWordFewClaimsUse() {
        List<ClaimFeatures> claims = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            claims.add(claim(i, "The summit in Hanoi drew statement number " + i + " from the ministry."));
        }
        claims.add(claim(99, "The summit ended without an agreement on sanctions."));
        LemmaWeights weights = LemmaWeights.of(claims, vocabulary.size(), AlignmentSettings.defaults().backgroundClaims());
        assertThat(weights.of(vocabulary.get("summit"))).isLessThan(weights.of(vocabulary.get("sanction")) / 2);
    }

    @Test
    void twoClaimsComparedAloneKeepNearlyEqualWeights() {
        List<ClaimFeatures> claims = List.of(claim(1, "The mayor opened the bridge."), claim(2, "The mayor closed the road."));
        LemmaWeights weights = LemmaWeights.of(claims, vocabulary.size(), AlignmentSettings.defaults().backgroundClaims());
        assertThat(weights.of(vocabulary.get("mayor")) / weights.of(vocabulary.get("bridge"))).isGreaterThan(0.8);
    }

    @Test
    void withoutBackgroundEveryWordCountsTheSameAsBefore() {
        ClaimFeatures a = claim(1, "Officials said the bridge will reopen in May.");
        ClaimFeatures b = claim(2, "The bridge will reopen in June, engineers said.");
        LemmaWeights uniform = LemmaWeights.of(List.of(a, b), vocabulary.size(), 0);
        assertThat(PairScore.features(a, b, uniform)).containsExactly(PairScore.features(a, b));
        assertThat(uniform.common(a.lemmas(), b.lemmas())).isEqualTo(SortedArrays.common(a.lemmas(), b.lemmas()));
    }
}
