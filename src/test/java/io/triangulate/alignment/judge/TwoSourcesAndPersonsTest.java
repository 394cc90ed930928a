package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.UnanchoredDatesAndSourcesTest.kinds;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.DifferenceKind;
import org.junit.jupiter.api.Test;

/** Sentences that attribute twice, pronouns against organisations, and reported facts in the passive. */
class TwoSourcesAndPersonsTest {

    @Test
    void speakerChangedBeforeAnUnchangedAccordingToIsAnAttributionDifference() {
        assertThat(kinds("The mayor said the bridge will reopen in May, according to the local paper.",
                "Engineers said the bridge will reopen in May, according to the local paper."))
                .containsExactly(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void secondSpeakerOfASentenceChangedIsAnAttributionDifference() {
        assertThat(kinds("The dam held, the agency reported. A park ranger said the river rose by night.",
                "The dam held, the agency reported. the council said the river rose by night."))
                .containsExactly(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void heAgainstAnOrganisationIsAnAttributionDifference() {
        assertThat(kinds("He said the ferry left without its captain.", "The firm said the ferry left without its captain."))
                .containsExactly(DifferenceKind.ATTRIBUTION);
        assertThat(kinds("She said the ferry left without its captain.", "Police said the ferry left without its captain."))
                .containsExactly(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void heAgainstAPersonsTitleIsNoConflict() {
        assertThat(kinds("He said the ferry left without its captain.", "The coroner said the ferry left without its captain."))
                .isEmpty();
        assertThat(kinds("They said the ferry left without its captain.", "The firm said the ferry left without its captain."))
                .isEmpty();
    }

    @Test
    void pluralSpeakerTheTaggerReadsAsAVerbIsStillASource() {
        assertThat(kinds("He was arrested after investigators said they found him in the flat.",
                "He was arrested after witnesses said they found him in the flat."))
                .containsExactly(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void whatWasReportedIsNoSource() {
        assertThat(kinds("About 90 outbreaks have been reported this year.", "About 90 cases have been reported this year."))
                .doesNotContain(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void agentOfAPassiveIsTheSource() {
        assertThat(kinds("The closure was confirmed by the ministry on Monday.",
                "The closure was confirmed by a neighbour on Monday.")).contains(DifferenceKind.ATTRIBUTION);
    }
}
