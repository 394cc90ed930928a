package io.triangulate.claims.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.claims.ClaimAnnotations.Tense;
import io.triangulate.report.parsing.TokenTagger;
import org.junit.jupiter.api.Test;

class TenseAnnotatorTest {

    private static final TokenTagger TAGGER = new TokenTagger();

    private static Tense tense(String text) {
        return new TenseAnnotator().tense(text, TAGGER.tag(text));
    }

    @Test
    void willAndScheduledAreFuture() {
        assertThat(tense("No planned summit will occur during the tour.")).isEqualTo(Tense.FUTURE);
        assertThat(tense("No such meeting is scheduled.")).isEqualTo(Tense.FUTURE);
        assertThat(tense("The minister is expected to resign.")).isEqualTo(Tense.FUTURE);
    }

    @Test
    void wouldAfterAVerbOfSayingIsTheSpeakersFuture() {
        assertThat(tense("The owner said in a statement that the mall would stay closed.")).isEqualTo(Tense.FUTURE);
        assertThat(tense("He told reporters he would resign.")).isEqualTo(Tense.FUTURE);
        assertThat(tense("He said it would have been impossible.")).isEqualTo(Tense.PAST);
        assertThat(tense("The mall would stay closed.")).isNotEqualTo(Tense.FUTURE);
    }

    @Test
    void anAdverbInsideAFutureCueKeepsItFuture() {
        assertThat(tense("LaSalle is reportedly expected to face charges.")).isEqualTo(Tense.FUTURE);
        assertThat(tense("The minister is widely expected to resign.")).isEqualTo(Tense.FUTURE);
    }

    @Test
    void aPlanMadeInThePastIsPast() {
        assertThat(tense("The London Marathon was initially scheduled for 24 April.")).isEqualTo(Tense.PAST);
        assertThat(tense("The writers had originally planned to bring him back.")).isEqualTo(Tense.PAST);
        assertThat(tense("The final had been scheduled for Sunday.")).isEqualTo(Tense.PAST);
        assertThat(tense("The final has been scheduled for Sunday.")).isEqualTo(Tense.FUTURE);
    }

    @Test
    void presentPerfectAndSimplePastArePast() {
        assertThat(tense("President Trump has concluded his Asia tour.")).isEqualTo(Tense.PAST);
        assertThat(tense("Trump told reporters he was busy.")).isEqualTo(Tense.PAST);
    }

    @Test
    void presentStatementIsPresent() {
        assertThat(tense("The US maintains a dual strategy of sanctions and diplomacy.")).isEqualTo(Tense.PRESENT);
    }

    @Test
    void participleUsedAsAdjectiveIsNotPast() {
        assertThat(tense("This strengthened alignment reduces its reliance on aid.")).isEqualTo(Tense.PRESENT);
    }
}
