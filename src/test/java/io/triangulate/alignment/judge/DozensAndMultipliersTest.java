package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counts in dozens and hundreds, "twice" and "three times", and one figure in two units. */
class DozensAndMultipliersTest {

    @Test
    void twoDozenIsNotADozen() {
        List<Difference> found = judge("A dozen protesters were detained.", "Two dozen protesters were detained.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "A dozen", 2L, "Two dozen"));
    }

    @Test
    void hundredsWrittenOutAgreeWithDigits() {
        assertThat(judge("The company cut three hundred jobs.", "The company cut 300 jobs.")).isEmpty();
    }

    @Test
    void twiceIsNotThreeTimes() {
        assertThat(judge("Twice as many voters turned out this year.", "Three times as many voters turned out this year."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
        assertThat(judge("The council meets twice a year.", "The council meets two times a year.")).isEmpty();
    }

    @Test
    void oneFigureInTwoUnitsShowsTheUnits() {
        List<Difference> found = judge("He was sentenced to 15 years in prison.", "He was sentenced to 15 months in prison.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "15 years", 2L, "15 months"));
    }
}
