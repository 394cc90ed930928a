package io.triangulate.claims.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.claims.ClaimAnnotations.Cue;
import io.triangulate.report.parsing.TokenTagger;
import java.util.List;
import org.junit.jupiter.api.Test;

class HedgeAnnotatorTest {

    private static final TokenTagger TAGGER = new TokenTagger();

    private static List<String> lemmas(String text) {
        return new HedgeAnnotator().hedges(text, TAGGER.tag(text)).stream().map(Cue::lemma).toList();
    }

    @Test
    void modalMayIsAHedge() {
        assertThat(lemmas("Trump may seek a meeting with Kim.")).containsExactly("may");
    }

    @Test
    void reportingAdverbsAreHedges() {
        assertThat(lemmas("The envoy reportedly left, allegedly in anger.")).containsExactly("reportedly", "allegedly");
    }

    @Test
    void beliefVerbsAreHedgesInAnyForm() {
        assertThat(lemmas("The data suggested a slowdown and appears weak.")).containsExactly("suggest", "appear");
    }

    @Test
    void isExpectedToIsOneHedge() {
        assertThat(lemmas("The minister is expected to resign.")).containsExactly("be expected to");
    }

    @Test
    void aHopeAnAimOrAnAttemptHedgesTheActItReachesFor() {
        assertThat(lemmas("The club hopes to sign him and aims to win.")).containsExactly("hope to", "aim to");
        assertThat(lemmas("Rebels sought to seize the airport.")).containsExactly("seek to");
        assertThat(lemmas("There is hope for peace.")).isEmpty();
    }

    @Test
    void weighingAnActHedgesItButAJudgementIsNoHedge() {
        assertThat(lemmas("Oman is considering opening up its airspace.")).containsExactly("consider");
        assertThat(lemmas("The board is weighing whether to sell the unit.")).containsExactly("weigh");
        assertThat(lemmas("The board is mulling selling the unit.")).containsExactly("mull");
        assertThat(lemmas("The board is considering everything.")).isEmpty();
        assertThat(lemmas("Bird flu was not considered a threat to humans.")).isEmpty();
        assertThat(lemmas("The parcel weighs two kilograms.")).isEmpty();
    }

    @Test
    void couldNotSaysWhatWasNotPossibleAndIsNoHedge() {
        assertThat(lemmas("Board members could not defend themselves.")).isEmpty();
        assertThat(lemmas("Board members couldn't defend themselves.")).isEmpty();
        assertThat(lemmas("The storm could last up to 18 hours.")).containsExactly("could");
    }

    @Test
    void accordingToIsAttributionNotAHedge() {
        assertThat(lemmas("According to officials, the bridge collapsed.")).isEmpty();
    }
}
