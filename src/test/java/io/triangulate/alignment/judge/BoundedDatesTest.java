package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BoundedDatesTest {

    @Test
    void aDateChangedToOneTheClaimAlreadyGivesIsADateDifference() {
        Difference d = judge("He had two convictions, from 1990 to 1991.", "He had two convictions, from 1990 to 1990.").get(0);
        assertThat(d.kind()).isEqualTo(DifferenceKind.DATE);
        assertThat(d.values()).isEqualTo(Map.of(1L, "1991", 2L, "1990"));
        assertThat(judge("The body was found on Sunday after searches on Saturday failed.",
                "The body was found on Saturday after searches on Saturday failed.")).extracting(Difference::kind)
                .containsExactly(DifferenceKind.DATE);
    }

    @Test
    void theSameDatesInAnotherOrderAgree() {
        assertThat(judge("The body was found on Sunday after searches on Saturday failed.",
                "After searches on Saturday failed, the body was found on Sunday.")).isEmpty();
    }

    @Test
    void yearOnTheAllowedSideOfTheBoundAgrees() {
        assertThat(judge("The lighthouse was built before 1990.", "The lighthouse was built in 1987.")).isEmpty();
        assertThat(judge("The lighthouse was built after 1950.", "The lighthouse was built in 1987.")).isEmpty();
    }

    @Test
    void theBoundingYearItselfIsADateDifference() {
        Difference d = judge("The lighthouse was built after 1987.", "The lighthouse was built in 1987.").get(0);
        assertThat(d.kind()).isEqualTo(DifferenceKind.DATE);
        assertThat(d.values()).isEqualTo(Map.of(1L, "after 1987", 2L, "1987"));
    }

    @Test
    void yearOnTheWrongSideOfTheBoundIsADateDifference() {
        assertThat(judge("The lighthouse was built before 1980.", "The lighthouse was built in 1987."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.DATE);
    }

    @Test
    void coarserDateMayStillLieAfterTheBound() {
        assertThat(judge("The lighthouse was finished after 3 June 1987.", "The lighthouse was finished in 1987.")).isEmpty();
    }

    @Test
    void dayWithoutAYearStillFacesItsBound() {
        assertThat(RuleBasedFactJudgeTest.judgeUndated("The film was released before January 14th.",
                "The film was released on 14 January 2012.")).extracting(Difference::kind)
                .containsExactly(DifferenceKind.DATE);
        assertThat(RuleBasedFactJudgeTest.judgeUndated("The film was released before January 20.",
                "The film was released on 14 January 2012.")).isEmpty();
        assertThat(RuleBasedFactJudgeTest.judgeUndated("The film was released after January 13.",
                "The film was released on January 14.")).isEmpty();
    }

    @Test
    void aDayAndMonthWithoutAYearFacesTheMonthOrDayOfAFullDate() {
        assertThat(judge("The results will be returned by 14 November.", "The results will be returned by 24 November."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.DATE);
        // with no date of writing to give it a year, "13 April" may fall in April 2020
        assertThat(RuleBasedFactJudgeTest.judgeUndated("By mid-April 2020, 85,000 people had tested positive.",
                "As of 13 April, 85,000 people had tested positive.")).isEmpty();
        assertThat(RuleBasedFactJudgeTest.judgeUndated("The vote was held on 13 April 2020.", "The vote was held on 14 April."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.DATE);
    }
}
