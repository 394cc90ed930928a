package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.kinds;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A quantifier word that takes another share of the whole: all, most, some, few. */
class QuantifierWordCheckTest {

    @Test
    void mostAgainstAllIsAQuantifierDifference() {
        List<Difference> found = judge("Most residents were evacuated before the storm.",
                "All residents were evacuated before the storm.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.QUANTIFIER);
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "Most", 2L, "All"));
        assertThat(kinds("Some of the officials backed the plan.", "All of the officials backed the plan."))
                .containsExactly(DifferenceKind.QUANTIFIER);
        assertThat(kinds("Many voters stayed at home.", "Few voters stayed at home."))
                .containsExactly(DifferenceKind.QUANTIFIER);
    }

    @Test
    void quantifiersOfOneShareSayTheSame() {
        assertThat(kinds("Every school in the district closed.", "All schools in the district closed.")).isEmpty();
        assertThat(kinds("Several officials backed the plan.", "Some officials backed the plan.")).isEmpty();
        // "the next few" counts like "several"; without word vectors the two words may still read as a swap
        assertThat(kinds("The deal should close in the next few weeks.",
                "The deal should close in the next several weeks.")).doesNotContain(DifferenceKind.QUANTIFIER);
    }

    @Test
    void aSuperlativeIsNoQuantifier() {
        assertThat(kinds("It was the most important vote of the year.", "It was the all important vote of the year."))
                .doesNotContain(DifferenceKind.QUANTIFIER);
    }
}
