package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judgeUndated;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dates counted from the day of writing ("last week"), with and without a publication date, and decades. */
class RelativeDatesAndDecadesTest {

    @Test
    void lastWeekAgainstLastMonthIsADateDifference() {
        List<Difference> found = judge("The minister resigned last week.", "The minister resigned last month.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.DATE);
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "last week", 2L, "last month"));
        assertThat(judgeUndated("The minister resigned last week.", "The minister resigned last month."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.DATE);
    }

    @Test
    void oneWeekdayInClaimsOfTwoTensesIsNoDateDifference() {
        // published on Thursday: "may take place" is read as present, so "Tuesday" as the one before
        assertThat(judge("The summit will take place in Hanoi on Tuesday.", "The summit may take place in Hanoi on Tuesday."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.HEDGE);
        assertThat(judge("The summit took place on Tuesday.", "The summit will take place on Friday."))
                .extracting(Difference::kind).contains(DifferenceKind.DATE);
    }

    @Test
    void aSpanCountedBackIsADateDifference() {
        List<Difference> found = judge("The region was hit by floods two weeks ago.", "The region was hit by floods two months ago.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.DATE);
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "two weeks ago", 2L, "two months ago"));
        // another figure of one unit is a changed number
        assertThat(judge("The region was hit by floods two weeks ago.", "The region was hit by floods three weeks ago."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
        List<Difference> single = judge("The talks collapsed a week ago, diplomats said.", "The talks collapsed a month ago, diplomats said.");
        assertThat(single).extracting(Difference::kind).containsExactly(DifferenceKind.DATE);
        assertThat(single.get(0).values()).isEqualTo(Map.of(1L, "a week ago", 2L, "a month ago"));
    }

    @Test
    void aPartOfTheYearIsADate() {
        List<Difference> found = judge("Results will be published in the second half of the year.",
                "Results will be published in the first half of the year.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.DATE);
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "second half", 2L, "first half"));
    }

    @Test
    void aLengthOfTimeIsNamedSoPastAComma() {
        List<Difference> found = judge("It was the worst flood in a decade, officials said.",
                "It was the worst flood in a century, officials said.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
        assertThat(found.get(0).explanation()).contains("length of time").doesNotContain("officials");
    }

    @Test
    void aWeekAgreesWithTheMonthThatHoldsIt() {
        // published on Thursday 30 October 2025: last week lies in October
        assertThat(judge("Prices rose last week, the ministry said.", "Prices rose this month, the ministry said."))
                .extracting(Difference::kind).doesNotContain(DifferenceKind.DATE);
        assertThat(judgeUndated("Prices rose last week, the ministry said.", "Prices rose this month, the ministry said."))
                .extracting(Difference::kind).doesNotContain(DifferenceKind.DATE);
    }

    @Test
    void yesterdayIsNotLastWeekOnAThursday() {
        assertThat(judge("The minister resigned yesterday.", "The minister resigned last week."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.DATE);
    }

    @Test
    void todayAndYesterdayWithoutPublicationDatesMayBeOneDay() {
        // a report of Monday says "today" of the day a report of Tuesday calls "yesterday"
        assertThat(judgeUndated("The commission asked Congress today for more authority to fight spam.",
                "The commission asked Congress yesterday for more authority to fight spam.")).isEmpty();
    }

    @Test
    void anotherDecadeIsADateDifferenceNotTwoFigures() {
        List<Difference> found = judge("The bridge was built in the 1990s.", "The bridge was built in the 1980s.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.DATE);
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "1990s", 2L, "1980s"));
    }

    @Test
    void aYearAgreesWithItsDecade() {
        assertThat(judge("The bridge was built in the 1990s.", "The bridge was built in 1994.")).isEmpty();
    }
}
