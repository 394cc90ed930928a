package io.triangulate.alignment.judge;

import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.ClaimInput;
import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import io.triangulate.claims.annotation.ClaimAnnotator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports without a publication date, and sources named against unnamed others. */
class UnanchoredDatesAndSourcesTest {

    private static final ClaimAnnotator ANNOTATOR = new ClaimAnnotator();
    private static final RuleBasedFactJudge JUDGE = new RuleBasedFactJudge();

    static List<DifferenceKind> kinds(String first, String second) {
        ClaimInput a = new ClaimInput(10, 1, 0, first, ANNOTATOR.annotate(first, null), new float[0]);
        ClaimInput b = new ClaimInput(20, 2, 0, second, ANNOTATOR.annotate(second, null), new float[0]);
        return JUDGE.judge(List.of(a, b)).stream().map(Difference::kind).toList();
    }

    @Test
    void otherWeekdayWithoutPublicationDateIsADateDifference() {
        assertThat(kinds("The driver was arrested early Tuesday morning.",
                "The driver was arrested early Sunday morning.")).contains(DifferenceKind.DATE);
    }

    @Test
    void otherMonthWithoutYearIsADateDifference() {
        assertThat(kinds("The campaign starts October 5, the commission said.",
                "The campaign starts April 5, the commission said.")).contains(DifferenceKind.DATE);
    }

    @Test
    void sameWeekdayWithoutPublicationDateAgrees() {
        assertThat(kinds("The driver was arrested early Tuesday morning.",
                "Early on Tuesday morning the driver was arrested.")).doesNotContain(DifferenceKind.DATE);
    }

    @Test
    void namedSpeakerAgainstAnUnnamedOtherIsAnAttributionDifference() {
        assertThat(kinds("\"The building was uninsured,\" Owen said.",
                "\"The building was uninsured,\" a family friend said.")).contains(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void namedSpeakerAgainstADefiniteTitleIsNoConflict() {
        assertThat(kinds("The talks will resume next week, Trump said.",
                "The talks will resume next week, the president said.")).doesNotContain(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void pronounAgainstAGroupIsAnAttributionDifference() {
        assertThat(kinds("\"I don't think there was one,\" he said.",
                "\"I don't think there was one,\" hospital officials said.")).contains(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void pronounAgainstAPossessiveTitleIsNoConflict() {
        assertThat(kinds("The talks will resume next week, she said.",
                "The talks will resume next week, her spokesman said.")).doesNotContain(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void aReportsOtherDetailIsNotReadAsAConflict() {
        String sixth = "Klitschko stopped Thompson in the sixth round on Saturday night.";
        String other = "In 2008, Klitschko stopped Thompson in the 11th round.";
        ClaimInput a1 = new ClaimInput(10, 1, 0, sixth, ANNOTATOR.annotate(sixth, null), new float[0]);
        ClaimInput a2 = new ClaimInput(11, 1, 5, other, ANNOTATOR.annotate(other, null), new float[0]);
        ClaimInput b = new ClaimInput(20, 2, 0, sixth, ANNOTATOR.annotate(sixth, null), new float[0]);
        assertThat(JUDGE.judge(List.of(a1, a2, b))).isEmpty();
    }

    @Test
    void sameBoundAtAnotherFigureIsANumberDifference() {
        assertThat(kinds("The deal could be worth up to $180 million.",
                "The deal could be worth up to $206 million.")).contains(DifferenceKind.NUMBER);
    }

    @Test
    void openBoundAgainstAFigureInsideItAgrees() {
        assertThat(kinds("More than 25 million people subscribe to the channel.",
                "The channel has 26 million subscribers.")).doesNotContain(DifferenceKind.NUMBER);
    }

    @Test
    void oneOrganisationsOfficialsAndAuthoritiesAreOneSource() {
        assertThat(kinds("The old dairy building in Kelso was nearly destroyed by a fire, according to Kelso officials.",
                "The old dairy building in Kelso was nearly destroyed by a fire, according to Kelso authorities."))
                .doesNotContain(DifferenceKind.ATTRIBUTION);
        assertThat(kinds("Verdant officials told Reuters that 55 percent of the traffic was lost.",
                "Verdant authorities told Reuters that 55 percent of the traffic was lost."))
                .doesNotContain(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void anOrganisationsOfficialsAgainstSomeoneElseAreStillAnAttributionDifference() {
        assertThat(kinds("The plant will close in May, Kelso officials said.",
                "The plant will close in May, a local filmmaker said.")).contains(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void recordsASourceCitesAreASourceOfTheirOwn() {
        // the tagger reads "court" as a verb
        assertThat(kinds("The jury acquitted him of fraud, according to court records.",
                "The jury acquitted him of fraud, according to the defense.")).containsExactly(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void aVerbOfSayingInsideAQuotationAttributesNothing() {
        // "I told the players" is the quoted speaker's own words; the speaker is the one who said them
        assertThat(kinds("\u201cAt 2-0 down, I told the players to stay calm,\u201d City manager Tomas Ferreira said.",
                "\u201cAt 2-0 down, I told the players to stay calm,\u201d City captain Erik Lindgren said."))
                .contains(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void aBodyWrittenInCapitalsIsNoPersonADescriptionNames() {
        assertThat(kinds("Only one in three trains will run on Monday, SNCF said.",
                "Only one in three trains will run on Monday, the transport minister said.")).contains(DifferenceKind.ATTRIBUTION);
        // the body's own people are described by it
        assertThat(kinds("Only one in three trains will run on Monday, SNCF said.",
                "Only one in three trains will run on Monday, the SNCF chief executive said.")).doesNotContain(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void aBodyNamedAfterAPlaceIsNotMentionedByThePlace() {
        assertThat(kinds("The storm made landfall near Port Arthur, Texas, on Tuesday, the National Hurricane Center said.",
                "The storm made landfall near Port Arthur, Texas, on Tuesday, the Texas Division of Emergency Management said."))
                .contains(DifferenceKind.ATTRIBUTION);
        // a name mentioned by its last word or its acronym is mentioned
        assertThat(kinds("The board decided to refer the question to capitals, KEDO spokesman Roland Tricot said.",
                "The board decided to refer the question to capitals, the Korean Energy Development Organization said."))
                .doesNotContain(DifferenceKind.ATTRIBUTION);
    }
}
