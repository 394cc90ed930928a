package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClockTimesAndCalendarWordsTest {

    @Test
    void otherClockTimeInItsPlaceIsADateDifference() {
        List<Difference> found = judge("The cyclist was struck near the bridge around 7 p.m. on Wednesday.",
                "The cyclist was struck near the bridge around 9 p.m. on Wednesday.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.DATE);
        assertThat(found.get(0).explanation()).contains("different times");
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "7 p.m.", 2L, "9 p.m."));
    }

    @Test
    void roundedClockTimeAgrees() {
        assertThat(judge("The cyclist was struck near the bridge at 7 p.m. on Wednesday.",
                "The cyclist was struck near the bridge at 7:10 p.m. on Wednesday.")).isEmpty();
    }

    @Test
    void otherMonthWithoutDayOrYearIsADateDifference() {
        List<Difference> found = judge("In January, word spread that the author was at work on a sequel.",
                "In March, word spread that the author was at work on a sequel.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.DATE);
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "January", 2L, "March"));
    }

    @Test
    void otherWeekdayBeforeTheSameFullDateIsADateDifference() {
        assertThat(judge("The singer checked into the clinic on Tuesday, December 9, 2008.",
                "The singer checked into the clinic on Sunday, December 9, 2008."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.DATE);
    }

    @Test
    void earlyOrLateOnADayAreTwoTimesOfIt() {
        List<Difference> found = judge("A passenger train derailed early on Tuesday, killing two people.",
                "A passenger train derailed late on Tuesday, killing two people.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.DATE);
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "early", 2L, "late"));
        // without a date after them they are opposites
        assertThat(judge("The train arrived early.", "The train arrived late.")).extracting(Difference::kind)
                .containsExactly(DifferenceKind.NEGATION);
    }

    @Test
    void aMonthInPlaceOfASeasonItIsNotPartOfIsADateDifference() {
        List<Difference> found = judge("He had asked to leave the club in January.", "He had asked to leave the club in the summer.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.DATE);
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "January", 2L, "summer"));
        assertThat(judge("Construction will start in July.", "Construction will start in the summer.")).isEmpty();
    }
}
