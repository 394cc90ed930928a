package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A vote or a score of two figures is one result, compared whole and from either side. */
class TalliesTest {

    @Test
    void anotherTallyIsOneNumberDifference() {
        List<Difference> found = judge("The Senate voted 52-48 to confirm the nominee.",
                "The Senate voted 51-49 to confirm the nominee.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "52-48", 2L, "51-49"));
    }

    @Test
    void oneTallyWrittenTwoWaysAgrees() {
        assertThat(judge("The Senate voted 52-48 to confirm the nominee.",
                "The Senate voted 52 to 48 to confirm the nominee.")).isEmpty();
        assertThat(judge("Leicester beat the visitors 3-0 on Saturday.",
                "The visitors lost 0-3 to Leicester on Saturday.")).extracting(Difference::kind)
                .doesNotContain(DifferenceKind.NUMBER);
    }
}
