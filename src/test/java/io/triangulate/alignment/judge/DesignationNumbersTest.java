package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DesignationNumbersTest {

    @Test
    void aVirusNameWithAnotherNumberIsANumberDifference() {
        List<Difference> found = judge("The company reported a decline in SARS-CoV-2 vaccine sales.",
                "The company reported a decline in SARS-CoV-4 vaccine sales.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "CoV-2", 2L, "CoV-4"));
    }

    @Test
    void anAircraftModelWithAnotherNumberIsANumberDifference() {
        assertThat(judge("The air force grounded its F-16 fleet on Monday.", "The air force grounded its F-35 fleet on Monday."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
    }

    @Test
    void theSameDesignationWrittenWithoutItsHyphenAgrees() {
        assertThat(judge("Hospitals reported 40 new COVID-19 cases on Monday.",
                "Hospitals reported 40 new COVID19 cases on Monday.")).isEmpty();
    }

    @Test
    void anotherDesignationAltogetherIsNoNumberDifference() {
        assertThat(judge("The summit of the G7 opened in Rome.", "The summit of the EU opened in Rome."))
                .extracting(Difference::kind).doesNotContain(DifferenceKind.NUMBER);
    }

    @Test
    void aRenumberedDesignationThatLooksLikeANameIsOneNumberDifference() {
        assertThat(judge("The singer's range reaches a high note of A5.", "The singer's range reaches a high note of A4."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
    }
}
