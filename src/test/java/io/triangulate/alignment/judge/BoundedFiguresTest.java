package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedFiguresTest {

    @Test
    void figureAboveTheOtherReportsBoundAgrees() {
        assertThat(judge("The new album holds an approval rating higher than 70 percent on the site.",
                "The new album holds an approval rating of 73 percent on the site.")).isEmpty();
    }

    @Test
    void figureBelowTheOtherReportsBoundAgrees() {
        assertThat(judge("The new album holds an approval rating below 70 percent on the site.",
                "The new album holds an approval rating of 64 percent on the site.")).isEmpty();
    }

    @Test
    void figureOutsideTheOtherReportsBoundIsANumberDifference() {
        assertThat(judge("The new album holds an approval rating above 70 percent on the site.",
                "The new album holds an approval rating of 64 percent on the site."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
    }

    @Test
    void aCountAboveTheOtherReportsAtLeastIsAnotherCount() {
        assertThat(judge("At least 23 people were killed when the earthquake struck, officials said.",
                "Thirty-one people have died in the earthquake, officials said."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
        assertThat(judge("At least 23 people were killed in the earthquake.", "23 people were killed in the earthquake."))
                .extracting(Difference::kind).doesNotContain(DifferenceKind.NUMBER);
        assertThat(judge("At least 70 percent of voters backed the plan.", "73 percent of voters backed the plan."))
                .isEmpty();
    }

    @Test
    void figureInsideANameIsNotComparedWithACount() {
        assertThat(judge("The clinic had treated 40 patients with COVID-19 by Friday.",
                "The clinic had treated 40 patients with the virus by Friday.")).isEmpty();
    }

    @Test
    void aBoundFacingTheSameCountWithItsNounLeftOutIsAQuantifierDifference() {
        List<Difference> found = judge("More than four of the original cast members are still on the show.",
                "The first season had nine regulars, four of whom are still on the show.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.QUANTIFIER);
        assertThat(found.get(0).values()).containsEntry(1L, "More than four").containsEntry(2L, "four");
    }

    @Test
    void aCountWithItsNounLeftOutIsNoCounterpartWhereTheNounIsCountedElsewhere() {
        assertThat(judge("The film has more than 7 reviews on the site.",
                "The film has 8 reviews on the site, with an average rating of 7 out of 10.")).isEmpty();
    }

    @Test
    void aMinimumOfIsAtLeast() {
        assertThat(judge("Schools will remain closed for at least one week, the ministry announced.",
                "The ministry announced that schools would stay closed for a minimum of one week.")).isEmpty();
        assertThat(judge("The fine is at most $500.", "The fine is a maximum of $500.")).isEmpty();
    }

    @Test
    void asMuchAsBoundsAFigureAsUpToDoes() {
        assertThat(judge("Officials are examining tax rises worth up to £22 billion.",
                "Officials are looking at tax increases of as much as £22 billion.")).isEmpty();
    }
}
