package io.triangulate.alignment.judge;

import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which past and future words face each other as a difference of time frame. */
class TenseCuesTest {

    private static List<DifferenceKind> kinds(String first, String second) {
        return RuleBasedFactJudgeTest.judge(first, second).stream().map(Difference::kind).toList();
    }

    @Test
    void aPastVerbBothClaimsShareIsNoTimeframe() {
        assertThat(kinds("The mayor was arrested in March and will face trial in the autumn.",
                "The mayor was arrested in March.")).doesNotContain(DifferenceKind.TIMEFRAME);
    }

    @Test
    void aParticipleAfterPresentBeIsNoPastEvent() {
        assertThat(kinds("Shops will label every bag under rules the ministry drafted.",
                "Shops are obliged to label every bag under rules the ministry drafted."))
                .doesNotContain(DifferenceKind.TIMEFRAME);
    }

    @Test
    void aPastEventOnlyOneClaimHasStillFacesTheFuture() {
        List<Difference> found = RuleBasedFactJudgeTest.judge("The museum will reopen its west wing.",
                "The museum reopened its west wing.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.TIMEFRAME);
        assertThat(found.get(0).values()).containsEntry(1L, "will reopen").containsEntry(2L, "reopened");
    }
}
