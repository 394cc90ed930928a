package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
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
    void figureInsideANameIsNotComparedWithACount() {
        assertThat(judge("The clinic had treated 40 patients with COVID-19 by Friday.",
                "The clinic had treated 40 patients with the virus by Friday.")).isEmpty();
    }
}
