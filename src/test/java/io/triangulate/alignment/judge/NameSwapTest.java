package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameSwapTest {

    @Test
    void swappedPlaceInAClaimWithTheWordAIsAnEntityDifference() {
        List<Difference> found = judge("The airline had to fly a long route to parts of Asia.",
                "The airline had to fly a long route to parts of Africa.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.ENTITY);
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "Asia", 2L, "Africa"));
    }

    @Test
    void oneOfTwoMentionsOfANameSwappedIsAnEntityDifference() {
        List<Difference> found = judge("The Dorset fire chief and the Dorset police arrived within minutes.",
                "The Dorset fire chief and the Kent police arrived within minutes.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.ENTITY);
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "Dorset", 2L, "Kent"));
    }

    @Test
    void nameMovedWithinTheClaimIsNoDifference() {
        assertThat(judge("Dorset police said the fire was out by noon.",
                "The fire was out by noon, police in Dorset said.")).isEmpty();
    }

    @Test
    void nameTheTaggerDoesNotCallAProperNounStillCounts() {
        List<Difference> found = judge("Thanks to the early actions of the Wellington crew the blaze was contained.",
                "Thanks to the early actions of the Albany crew the blaze was contained.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.ENTITY);
    }

    @Test
    void nameWithAnOrdinaryWordSwappedForItsSynonymIsTheSameName() {
        assertThat(judge("Tickets for the Berlin Film Week sold out within hours.",
                "Tickets for the Berlin Movie Week sold out within hours.")).isEmpty();
    }

    @Test
    void nameWithAnOrdinaryWordSwappedForAnotherIsAnEntityDifference() {
        assertThat(judge("Tickets for the Berlin Film Week sold out within hours.",
                "Tickets for the Berlin Music Week sold out within hours.")).extracting(Difference::kind)
                .containsExactly(DifferenceKind.ENTITY);
    }

    @Test
    void capitalisedWordsOnBothSidesThatTheTaggerCallsNoNameStillCount() {
        assertThat(judge("The founder of the bankrupt start-up Zelq Labs was charged on Monday.",
                "The founder of the bankrupt start-up ORB Labs was charged on Monday.")).extracting(Difference::kind)
                .containsExactly(DifferenceKind.ENTITY);
    }

    @Test
    void oneLetterWordIsNoAcronymOfAName() {
        assertThat(Names.sameName("a", "Asia")).isFalse();
        assertThat(Names.sameName("US", "United States")).isTrue();
    }

    @Test
    void aCountrySwappedOutIsAnEntityDifferenceThoughItsAdjectiveStaysInBothClaims() {
        List<Difference> found = judge("Protesters marched against Russia's blockade outside the Russian consulate.",
                "Protesters marched against Turkey's blockade outside the Russian consulate.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.ENTITY);
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "Russia", 2L, "Turkey"));
    }

    @Test
    void aCountryTheOtherClaimNamesByItsAdjectiveIsStillMentioned() {
        assertThat(judge("Russia's envoy signed the treaty in Geneva on Monday.",
                "Moscow's envoy signed the treaty in Geneva on Monday, a Russian official said."))
                .extracting(Difference::kind).doesNotContain(DifferenceKind.ENTITY);
    }
}
