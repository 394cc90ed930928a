package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import org.junit.jupiter.api.Test;

/** Lengths of time written in different units are compared as one duration. */
class DurationsTest {

    @Test
    void oneDurationInTwoUnitsAgrees() {
        assertThat(judge("The strike lasted two weeks.", "The strike lasted 14 days.")).isEmpty();
        assertThat(judge("The talks lasted three days.", "The talks lasted 72 hours.")).isEmpty();
    }

    @Test
    void monthsAgainstDaysAgreeWithinTheLengthOfAMonth() {
        assertThat(judge("The program ran for six months.", "The program ran for 180 days.")).isEmpty();
    }

    @Test
    void anotherDurationInAnotherUnitIsANumberDifference() {
        assertThat(judge("The strike lasted two weeks.", "The strike lasted 10 days."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
        assertThat(judge("The program ran for six months.", "The program ran for 150 days."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
    }

    @Test
    void theSameFigureCountingAnotherUnitOfTimeIsANumberDifference() {
        assertThat(judge("On the eve of the one-year anniversary of the invasion, activists gathered.",
                "On the eve of the one-month anniversary of the invasion, activists gathered."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
    }

    @Test
    void oneUnitOfTimeWrittenWithAIsALengthOfOne() {
        assertThat(judge("The plant closed a year ago.", "The plant closed 12 months ago.")).isEmpty();
        assertThat(judge("The minister resigned a decade ago.", "The minister resigned 10 years ago.")).isEmpty();
        assertThat(judge("The talks will resume in a week.", "The talks will resume in seven days.")).isEmpty();
        assertThat(judge("The plant closed a year ago.", "The plant closed two years ago."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
    }

    @Test
    void aLengthOfTimeIsNotComparedWithADistanceInTime() {
        assertThat(judge("That deal ended a five-year civil war in which 400,000 people died.",
                "The civil war, which erupted two years after independence, killed 400,000 people.")).isEmpty();
        assertThat(judge("The war broke out two years after independence.", "The war broke out five years after independence."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
    }
}
