package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two names news reports use for one office agree; two offices differ. */
class RoleNamesTest {

    @Test
    void twoNamesOfOneOfficeAgree() {
        assertThat(judge("The company's chief executive resigned on Monday.",
                "The company's top executive resigned on Monday.")).isEmpty();
        assertThat(judge("The foreign minister arrived in Paris on Monday.",
                "The foreign secretary arrived in Paris on Monday.")).isEmpty();
        assertThat(judge("Police officers searched the house on Monday.", "Law enforcement searched the house on Monday."))
                .isEmpty();
    }

    @Test
    void twoOfficesAreADifferenceThoughWordNetCallsTheirWordsOpposites() {
        List<Difference> found = judge("The foreign minister arrived in Paris on Monday.",
                "The interior minister arrived in Paris on Monday.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.OTHER);
        assertThat(found.get(0).values()).containsEntry(1L, "foreign minister").containsEntry(2L, "interior minister");
        assertThat(judge("The bank's chief executive resigned on Monday.",
                "The bank's chief financial officer resigned on Monday.")).extracting(Difference::kind)
                .containsExactly(DifferenceKind.OTHER);
    }

    @Test
    void theLongestNameHoldingAWordIsItsOffice() {
        RoleNames.Name name = RoleNames.find("the chief executive officer left", 10, 19);
        assertThat(name).isNotNull();
        assertThat(name.start()).isEqualTo(4);
        assertThat(name.end()).isEqualTo(27);
        assertThat(RoleNames.find("the chief engineer left", 4, 9)).isNull();
    }
}
