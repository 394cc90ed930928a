package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import org.junit.jupiter.api.Test;

/** Of several figures of one kind, a figure is read against the one standing among the same words. */
class FigureCounterpartTest {

    private static final String TAKINGS = "The musical has taken in $ 12.4 million in London and $ 3.1 million on tour ,"
            + " for a combined total of $ 15.5 million .";

    @Test
    void boundIsReadAgainstTheFigureAmongTheSameWords() {
        assertThat(judge("The musical took in a combined total below $ 14 million .", TAKINGS))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
        assertThat(judge("The musical took in a combined total above $ 15 million .", TAKINGS)).isEmpty();
    }

    @Test
    void boundWithoutAClearCounterpartMayMatchAnyFigure() {
        assertThat(judge("The musical took in below $ 14 million .", TAKINGS)).isEmpty();
    }

    @Test
    void equalFigureIsTheCounterpartWhereverItStands() {
        assertThat(judge("The orchestra toured in its third season .",
                "The orchestra toured in its second and third seasons .")).isEmpty();
    }

    @Test
    void countsGivenInTheOtherOrderAgree() {
        assertThat(judge("At least 11 cases in Indiana and three in Illinois are suspected .",
                "There are at least three suspected cases in Illinois and 11 in Indiana .")).isEmpty();
    }

    @Test
    void aChangedCountBesideAnotherStillDiffers() {
        assertThat(judge("The firm cut 300 jobs in Ohio and 120 in Texas .",
                "The firm cut 300 jobs in Ohio and 150 in Texas ."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
    }

    @Test
    void theSameCountsGivenToOtherPlacesDiffer() {
        assertThat(judge("The firm cut 300 jobs in Ohio and 120 in Texas .",
                "The firm cut 120 jobs in Ohio and 300 in Texas ."))
                .extracting(Difference::kind).contains(DifferenceKind.NUMBER);
    }

    @Test
    void twoSourcesFiguresGivenInTheOtherOrderAgree() {
        assertThat(judge("The interior ministry said 87,000 people took part, while the union put the figure at 400,000.",
                "While the union estimated that 400,000 people joined the march, the interior ministry put the number at 87,000."))
                .isEmpty();
        assertThat(judge("Five people were killed and 12 injured in the crash.", "Twelve people were killed and 5 injured in the crash."))
                .extracting(Difference::kind).contains(DifferenceKind.NUMBER);
    }
}
