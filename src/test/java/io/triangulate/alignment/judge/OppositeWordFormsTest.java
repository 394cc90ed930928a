package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Opposites written as a gerund, in an irregular past or formed with a negating prefix. */
class OppositeWordFormsTest {

    @Test
    void anIrregularPastTheLemmatizerLeavesIsOppositeByItsVerb() {
        List<Difference> found = judge("The court upheld the ruling.", "The court overturned the ruling.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.NEGATION);
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "upheld", 2L, "overturned"));
        assertThat(judge("The president attended the ceremony.", "The president skipped the ceremony."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NEGATION);
        assertThat(judge("Business groups criticised the move.", "Business groups welcomed the move."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NEGATION);
        // the lemmatizer makes "acquitte" of "acquitted"
        assertThat(judge("The jury acquitted him on two counts.", "The jury convicted him on two counts."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NEGATION);
    }

    @Test
    void twoOrdinalsAreTwoFiguresNotOpposites() {
        assertThat(judge("The team finished second in the league.", "The team finished first in the league."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
        // of a quarter or a half they are two parts of the year, two dates
        assertThat(judge("The economy shrank in the second quarter.", "The economy shrank in the first quarter."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.DATE);
    }

    @Test
    void aGerundReadAsANounIsOppositeByItsVerb() {
        List<Difference> found = judge("Sales slowed after raising fares.",
                "Sales slowed after lowering fares.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.NEGATION);
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "raising", 2L, "lowering"));
    }

    @Test
    void aWordAgainstItselfWithUnIsANegation() {
        List<Difference> found = judge("Firefighters set a controlled fire on the ridge.",
                "Firefighters set an uncontrolled fire on the ridge.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.NEGATION);
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "controlled", 2L, "uncontrolled"));
        assertThat(judge("The council passed a binding resolution on rents.",
                "The council passed a non-binding resolution on rents.")).extracting(Difference::kind)
                .containsExactly(DifferenceKind.NEGATION);
    }

    @Test
    void aPrefixedWordTheTaggerMisreadsIsStillANegation() {
        // the tagger reads "unnamed" as a pronoun here
        List<Difference> found = judge("The ministry ordered staff to remove the app due to unnamed cybersecurity concerns.",
                "The ministry ordered staff to remove the app due to named cybersecurity concerns.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.NEGATION);
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "unnamed", 2L, "named"));
    }

    @Test
    void unlessIsNoPrefixedLess() {
        assertThat(judge("Fares will rise unless the city pays more.", "Fares will rise less if the city pays more."))
                .extracting(Difference::kind).doesNotContain(DifferenceKind.NEGATION);
    }

    @Test
    void wordsKeptInAnotherFormAreNoOpposites() {
        // WordNet opposes "remarkable" and "indifferent" through their senses "extraordinary" and "ordinary"
        assertThat(judge("North Koreans have shown remarkable indifference to the omission.",
                "North Koreans appear remarkably indifferent to the omission.")).extracting(Difference::kind)
                .doesNotContain(DifferenceKind.NEGATION);
    }

    @Test
    void notYetDoneAgainstDoneIsANegation() {
        assertThat(judge("The president signed the order on Friday.", "The president has yet to sign the order."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NEGATION);
        assertThat(judge("The government lifted the ban on Monday.", "The government imposed the ban on Monday."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.NEGATION);
    }

    @Test
    void nobodyAgainstACountIsANegation() {
        List<Difference> found = judge("Nobody was injured in the blast.", "Several people were injured in the blast.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.NEGATION);
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "Nobody", 2L, "Several people"));
    }

    @Test
    void aComparativeIsReadAsTheWordWordNetListsNotAsItsBaseForm() {
        // "earlier" is lemmatised as "early", which WordNet opposes to "previous" in its sense "late", the former
        assertThat(judge("The excitement surrounded previous summits in 2018 and 2019.",
                "The excitement surrounded the earlier summits of 2018 and 2019.")).isEmpty();
    }

    @Test
    void aShortWordInsideALongerOneIsNoPrefixedOpposite() {
        assertThat(judge("The unit was moved to the north side.", "It was moved to the north side."))
                .extracting(Difference::kind).doesNotContain(DifferenceKind.NEGATION);
    }

    @Test
    void aDeclineAsANounNegatesNothing() {
        List<Difference> found = judge("The chief executive said the chain \"did not get everything right\" after a sharp decline.",
                "The chief executive said the chain \"got everything right\" after a sharp decline.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.NEGATION);
    }

    @Test
    void declinedAsAVerbNegatesAsNotDoes() {
        assertThat(judge("The minister declined to comment on the report.", "The minister did not comment on the report."))
                .extracting(Difference::kind).doesNotContain(DifferenceKind.NEGATION);
        // and so against the verb stated it is a contradiction
        List<Difference> found = judge("Lagarde declined to say whether rates had peaked.", "Lagarde said rates had peaked.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.NEGATION);
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "declined to say", 2L, "said"));
        // a refusal worded two ways, and a fall to a figure, are none
        assertThat(judge("The minister declined to comment.", "The minister refused to comment.")).isEmpty();
        assertThat(judge("Shares declined to $5 on Friday.", "Shares fell to $5 on Friday.")).isEmpty();
    }
}
