package io.triangulate.claims.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.claims.ClaimAnnotations.EntityMention;
import io.triangulate.report.parsing.TokenTagger;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityAnnotatorTest {

    private static final TokenTagger TAGGER = new TokenTagger();

    private static List<String> keys(String text) {
        return new EntityAnnotator().entities(text, TAGGER.tag(text)).stream().map(EntityMention::key).toList();
    }

    @Test
    void multiWordNameIsOneEntity() {
        assertThat(keys("Trump did not meet Kim Jong Un during the trip.")).contains("kim jong un");
    }

    @Test
    void countriesAndLeadersAreSeparateEntities() {
        assertThat(keys("Kim met Xi Jinping in Beijing and later visited South Korea."))
                .contains("xi jinping", "beijing", "south korea");
    }

    @Test
    void possessiveIsNotPartOfTheKey() {
        assertThat(keys("The plan reflects Pyongyang’s priorities.")).containsExactly("pyongyang");
    }

    @Test
    void abbreviationsAreEntities() {
        assertThat(keys("They met at the DMZ with U.S. officials.")).containsExactly("dmz", "u.s.");
    }

    @Test
    void institutionIsJoinedAcrossOf() {
        assertThat(keys("Rates were raised by the Bank of England.")).containsExactly("bank of england");
    }

    @Test
    void sentenceInitialCommonWordIsNotAnEntity() {
        assertThat(keys("Restaurants offered diverse menus in Pyongyang.")).containsExactly("pyongyang");
    }

    @Test
    void entityTextAndOffsetsMatchTheClaim() {
        String text = "Officials in Seoul said so.";
        EntityMention seoul = new EntityAnnotator().entities(text, TAGGER.tag(text)).get(0);
        assertThat(text.substring(seoul.start(), seoul.end())).isEqualTo("Seoul").isEqualTo(seoul.text());
    }
}
