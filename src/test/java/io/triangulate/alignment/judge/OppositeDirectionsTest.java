package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A quantity's movement in one direction against any movement in the other. */
class OppositeDirectionsTest {

    @Test
    void upwardAgainstDownwardMovementIsANegation() {
        assertThat(judge("The insurer reported a decline in claims for the third quarter.",
                "The insurer reported an increase in claims for the third quarter."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NEGATION);
        assertThat(judge("The index dropped sharply on Monday.", "The index jumped sharply on Monday."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NEGATION);
    }

    @Test
    void tiesDeepenedAgainstLoosenedIsANegation() {
        assertThat(judge("Analysts note that the country has deepened its ties with its neighbours.",
                "Analysts note that the country has loosened its ties with its neighbours."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NEGATION);
        assertThat(judge("Growth accelerated in the second half.", "Growth slowed in the second half."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NEGATION);
    }

    @Test
    void pointsOfTheCompassNameOtherPlacesNotTheContrary() {
        List<Difference> found = judge("The attack took place in northern Syria.", "The attack took place in southern Syria.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.ENTITY);
        assertThat(found.get(0).explanation()).contains("different places");
    }

    @Test
    void aSeasonOrATimeOfDaySwappedIsADateDifference() {
        assertThat(judge("The factory closed in the spring of 2019.", "The factory closed in the autumn of 2019."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.DATE);
        assertThat(judge("The attack happened in the morning.", "The attack happened in the evening."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.DATE);
    }

    @Test
    void twoMovementsInOneDirectionAgree() {
        assertThat(judge("The index dropped sharply on Monday.", "The index fell sharply on Monday."))
                .isEmpty();
    }

    @Test
    void addingToAQuantityAgainstCuttingItIsANegation() {
        assertThat(judge("The detour is adding an hour to the commute.", "The detour is cutting an hour from the commute."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NEGATION);
    }

    @Test
    void keepingAgainstRemovingIsANegation() {
        assertThat(judge("Pupils must keep their phones in their lockers.", "Pupils must remove their phones from their lockers."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NEGATION);
        assertThat(judge("Staff were told to delete the app from their laptops.", "Staff were told to keep the app on their laptops."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NEGATION);
    }

    @Test
    void lookingAheadAgainstBackwardsAndDefendingAgainstSurrenderingAreNegations() {
        assertThat(judge("The company is looking ahead to filing for approval.",
                "The company is looking backwards to filing for approval."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NEGATION);
        assertThat(judge("The visit came as the city defends itself from the rebels.",
                "The visit came as the city surrenders to the rebels."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NEGATION);
    }

    @Test
    void aParticipleTheTaggerReadsAsAnAdverbIsStillItsVerb() {
        // the tagger reads "risen" after "has" as an adverb
        assertThat(judge("Attendance at the stadium has fallen by almost 3,000 this season.",
                "Attendance at the stadium has risen by almost 3,000 this season."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NEGATION);
    }
}
