package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two names or things that trade places around the same words give each other's role. */
class RoleSwapTest {

    @Test
    void whoSuedWhomTheOtherWayRoundIsAnEntityDifference() {
        List<Difference> found = judge("Apple sued Samsung over the patents on Monday.",
                "Samsung sued Apple over the patents on Monday.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.ENTITY);
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "Apple sued Samsung", 2L, "Samsung sued Apple"));
        assertThat(found.get(0).explanation()).contains("the roles the other way round");
    }

    @Test
    void aRouteRunTheOtherWayIsADifference() {
        assertThat(judge("The first flight will leave from Lisbon to Madrid in May.",
                "The first flight will leave from Madrid to Lisbon in May.")).extracting(Difference::kind)
                .containsExactly(DifferenceKind.ENTITY);
    }

    @Test
    void ordinaryThingsTradingPlacesAcrossClausesAreADifference() {
        List<Difference> found = judge(
                "Staff must delete the app from their work phones, and remove it from their personal phones too.",
                "Staff must delete the app from their personal phones, and remove it from their work phones too.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.OTHER);
        assertThat(found.get(0).values().get(1L)).startsWith("work").endsWith("personal");
    }

    @Test
    void aListInAnotherOrderIsNoDifference() {
        assertThat(judge("Trump visited Malaysia, Japan and South Korea last week.",
                "Trump visited Japan, Malaysia and South Korea last week.")).isEmpty();
    }

    @Test
    void aMeetingRunsBothWays() {
        assertThat(judge("Trump met with Kim at the border in 2019.", "Kim met with Trump at the border in 2019."))
                .isEmpty();
        assertThat(judge("Talks between Ankara and Athens resumed on Monday.",
                "Talks between Athens and Ankara resumed on Monday.")).isEmpty();
    }

    @Test
    void thePassiveSaysTheSame() {
        assertThat(judge("Russia invaded Ukraine in February.", "Ukraine was invaded by Russia in February."))
                .isEmpty();
    }
}
