package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.kinds;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which past and future words face each other as a difference of time frame. */
class TenseCuesTest {

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

    @Test
    void aPastCommitmentToActIsNoPastAct() {
        assertThat(kinds("The insurer will pay the families $7 million to settle the suit.",
                "The insurer agreed on Thursday to pay the families $7 million to settle the suit."))
                .doesNotContain(DifferenceKind.TIMEFRAME);
        assertThat(kinds("The agency will not discuss the matter because of the pending case.",
                "An agency spokeswoman declined to discuss the matter because of the pending case."))
                .doesNotContain(DifferenceKind.TIMEFRAME);
    }

    @Test
    void aPlanMadeInThePastIsNoFuture() {
        assertThat(kinds("The London Marathon was initially scheduled for 24 April.",
                "The same day saw the postponement of the London Marathon from its scheduled date of 24 April."))
                .doesNotContain(DifferenceKind.TIMEFRAME);
        assertThat(kinds("The London Marathon is scheduled for 24 April.", "The London Marathon took place on 24 April."))
                .containsExactly(DifferenceKind.TIMEFRAME);
    }

    @Test
    void dueToACauseIsNoFuture() {
        assertThat(kinds("The heatwave was caused by a mass of hot, dry air from the south.",
                "The heatwave was due to a mass of hot, dry air from the south."))
                .doesNotContain(DifferenceKind.TIMEFRAME);
    }

    @Test
    void aCompoundModifierIsNoPastEvent() {
        assertThat(kinds("The Ohio-based carrier will keep flying the route until October.",
                "The carrier will keep flying the route until October."))
                .doesNotContain(DifferenceKind.TIMEFRAME);
        assertThat(kinds("Guidant said it will continue to ship the device until October.",
                "Guidant said Texas-based Endovant would continue to ship the device until October."))
                .doesNotContain(DifferenceKind.TIMEFRAME);
    }

    @Test
    void whatTheReporterLearnedIsNoPastEvent() {
        assertThat(kinds("The coach will be introduced at a noon news conference today, the paper learned.",
                "The coach will be introduced at a news conference today."))
                .doesNotContain(DifferenceKind.TIMEFRAME);
    }

    @Test
    void aFutureStillFacesAPastCommitmentKept() {
        assertThat(kinds("The insurer will pay the families $7 million.", "The insurer paid the families $7 million."))
                .contains(DifferenceKind.TIMEFRAME);
    }
}
