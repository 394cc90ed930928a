package io.triangulate.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.claims.annotation.ClaimAnnotator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A name written in full counts as the one word of it the event's claims use most. */
class NameWordsTest {

    private static final ClaimAnnotator ANNOTATOR = new ClaimAnnotator();

    private final Map<String, Integer> vocabulary = new HashMap<>();

    private ClaimFeatures claim(long id, String text) {
        return ClaimFeatures.of(new ClaimInput(id, id, 0, text, ANNOTATOR.annotate(text, null), new float[0]), vocabulary);
    }

    private List<String> words(ClaimFeatures claim) {
        Map<Integer, String> byId = new HashMap<>();
        vocabulary.forEach((word, id) -> byId.put(id, word));
        return Arrays.stream(claim.lemmas()).mapToObj(byId::get).toList();
    }

    @Test
    void aFullNameCountsAsTheSurnameTheOtherClaimsUse() {
        List<ClaimFeatures> claims = NameWords.collapse(List.of(
                claim(1, "Trump ended his tour of Asia on Friday."),
                claim(2, "Trump did not meet Kim."),
                claim(3, "President Donald Trump has concluded his Asia tour.")), vocabulary.size());
        assertThat(words(claims.get(2))).contains("trump", "conclude", "tour").doesNotContain("donald", "president");
    }

    @Test
    void wordsJoinedByAHyphenCountAsTheirParts() {
        assertThat(words(claim(1, "Speculation about a Trump-Kim summit grew."))).contains("trump", "kim", "summit");
    }

    @Test
    void aHeadlineInTitleCaseKeepsItsWordsForItsCapitalsMarkNoNames() {
        String headline = "Biologists Call on Obama Administration to Overturn Bush Rules that Cut Science Out";
        ClaimFeatures claim = claim(1, headline);
        assertThat(NameWords.collapse(List.of(claim), vocabulary.size()).get(0).lemmas()).isEqualTo(claim.lemmas());
    }
}
