package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import org.junit.jupiter.api.Test;

class ApproximateFiguresTest {

    @Test
    void aRoundFigureWithAboutCoversANearbyExactOne() {
        assertThat(judge("About 40,000 people marched through the capital on Sunday.",
                "41,500 people marched through the capital on Sunday.")).isEmpty();
    }

    @Test
    void twoCarefullyWrittenApproximateFiguresThatDifferDisagree() {
        assertThat(judge("The cruise ship evacuated some 420 passengers and crew.",
                "The cruise ship evacuated some 436 passengers and crew."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
    }

    @Test
    void approximateMillionsAgreeWithinTheirLastDigit() {
        assertThat(judge("The film earned about $3.5 million in its first week.",
                "The film earned about $3.6 million in its first week.")).isEmpty();
        assertThat(judge("The film earned about $3.5 million in its first week.",
                "The film earned about $3.9 million in its first week."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
    }

    @Test
    void aFigureInWordsKeepsTheRelativeTolerance() {
        assertThat(judge("The storm left about forty families homeless.", "The storm left 42 families homeless.")).isEmpty();
    }

    @Test
    void aFigureRepeatedInPlaceOfAnotherIsANumberDifference() {
        assertThat(judge("The aftershocks had magnitudes ranging from 3.6 to 4.3, officials said.",
                "The aftershocks had magnitudes ranging from 4.3 to 4.3, officials said."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
    }

    @Test
    void theSameFiguresInAnotherOrderAgree() {
        assertThat(judge("Turnout rose from 41 percent to 55 percent in two years.",
                "In two years turnout rose to 55 percent from 41 percent.")).isEmpty();
    }

    @Test
    void boundsOnFiguresThatDifferBeyondTheirLastDigitDisagree() {
        assertThat(judge("The game has sold more than 125 million copies.",
                "The game has sold more than 120 million copies."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
        assertThat(judge("At least 1,750 people were ordered to evacuate.",
                "At least 1,752 people were ordered to evacuate."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
    }

    @Test
    void aBoundTurnedAroundOnAComparativeCountIsAQuantifierDifference() {
        assertThat(judge("The channel has under 7 million more subscribers than its rival.",
                "The channel has more than 7 million more subscribers than its rival."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.QUANTIFIER);
    }

    @Test
    void aFractionAgreesWithThePercentageItRounds() {
        assertThat(judge("A third of voters backed the measure.", "33% of voters backed the measure.")).isEmpty();
        assertThat(judge("Half of the staff were laid off.", "50 percent of the staff were laid off.")).isEmpty();
        assertThat(judge("Half of the staff were laid off.", "20% of the staff were laid off."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
    }

    @Test
    void basisPointsAndAQuarterPointAreOneCut() {
        assertThat(judge("The council cut the reference rate by 25 basis points to 4.75%.",
                "The council trimmed the reference rate by a quarter point to 4.75%.")).isEmpty();
        assertThat(judge("The council cut the reference rate by 50 basis points.",
                "The council trimmed the reference rate by a quarter point."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
    }
}
