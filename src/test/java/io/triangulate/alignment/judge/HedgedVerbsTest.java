package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.kinds;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A hedge bears on a verb, and conflicts only with that verb stated as happening. */
class HedgedVerbsTest {

    @Test
    void aHedgeBearsOnTheVerbPastAnAdverb() {
        List<Difference> found = RuleBasedFactJudgeTest.judge("The council may soon ban the scooters.",
                "The council will soon ban the scooters.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.HEDGE);
        assertThat(found.get(0).values()).containsEntry(1L, "may soon ban").containsEntry(2L, "will soon ban");
    }

    @Test
    void thePassiveOfHearsayHedgesThePerfectAfterIt() {
        List<Difference> found = RuleBasedFactJudgeTest.judge("The minister resigned on Monday.",
                "The minister is said to have resigned on Monday.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.HEDGE);
        assertThat(found.get(0).values()).containsEntry(1L, "resigned").containsEntry(2L, "is said to have resigned");
        assertThat(kinds("The minister resigned on Monday.", "The minister is thought to have resigned on Monday."))
                .containsExactly(DifferenceKind.HEDGE);
        assertThat(kinds("The minister resigned on Monday.", "The minister appears to have resigned on Monday."))
                .containsExactly(DifferenceKind.HEDGE);
    }

    @Test
    void aScheduledFutureIsAsSureAsWill() {
        List<Difference> found = RuleBasedFactJudgeTest.judge("The summit is scheduled to take place in Hanoi on Tuesday.",
                "The summit may take place in Hanoi on Tuesday.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.HEDGE);
        assertThat(found.get(0).values()).containsEntry(1L, "is scheduled to take").containsEntry(2L, "may take");
        assertThat(kinds("The president is going to sign the bill on Monday.",
                "The president is expected to sign the bill on Monday.")).containsExactly(DifferenceKind.HEDGE);
        assertThat(kinds("The suspects are due to appear in court on Tuesday.",
                "The suspects will appear in court on Tuesday.")).isEmpty();
    }

    @Test
    void wouldInReportedSpeechIsTheWillAHedgeWeakens() {
        List<Difference> found = RuleBasedFactJudgeTest.judge("Meloni said the government would declare a state of emergency.",
                "Meloni said the government might declare a state of emergency.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.HEDGE);
        assertThat(found.get(0).values()).containsEntry(1L, "would declare").containsEntry(2L, "might declare");
    }

    @Test
    void aHopeOrAnAimIsLessThanWill() {
        assertThat(kinds("The team will sign the striker before the deadline.",
                "The team hopes to sign the striker before the deadline.")).containsExactly(DifferenceKind.HEDGE);
        assertThat(kinds("The reform will cut emissions by 40 percent.",
                "The reform aims to cut emissions by 40 percent.")).containsExactly(DifferenceKind.HEDGE);
        assertThat(kinds("The club hopes to sign the striker.", "The club is hoping to sign the striker.")).isEmpty();
    }

    @Test
    void aBeliefHedgesTheVerbOfItsClause() {
        List<Difference> found = RuleBasedFactJudgeTest.judge("Investigators believe the fire was set deliberately.",
                "Investigators confirmed the fire was set deliberately.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.HEDGE);
        assertThat(found.get(0).values()).containsEntry(1L, "believe the fire was set").containsEntry(2L, "was set");
    }

    @Test
    void anAdverbAddedBesideAModalBothShareIsAHedge() {
        // "would" is the future of reported speech in both; "probably" is all that differs
        List<Difference> found = RuleBasedFactJudgeTest.judge("The CEO said sales would probably recover next year.",
                "The CEO said sales would recover next year.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.HEDGE);
        assertThat(found.get(0).values()).containsEntry(1L, "would probably recover").containsEntry(2L, "would recover");
    }

    @Test
    void aVerbTheLemmatizerReadsTwoWaysIsStillTheSameVerb() {
        // the lemmatizer gives "credited" as "credite" in one sentence and "credited" in the other
        assertThat(kinds("The model was credited for helping to pave the way for the revolution.",
                "The model was reportedly credited for helping to pave the way for the revolution."))
                .containsExactly(DifferenceKind.HEDGE);
    }

    @Test
    void aHedgeBearsOnTheVerbPastAPassiveAuxiliary() {
        List<Difference> found = RuleBasedFactJudgeTest.judge("The miners are believed to be trapped underground.",
                "The miners were trapped underground.");
        assertThat(found).extracting(Difference::kind).contains(DifferenceKind.HEDGE);
    }

    @Test
    void aCueFollowedByNoVerbHedgesNothing() {
        assertThat(kinds("The ministry suggested new rules for the harbour.",
                "The ministry drafted new rules for the harbour.")).doesNotContain(DifferenceKind.HEDGE);
        assertThat(kinds("The singer was not believed to be a suspect.",
                "The singer was not deemed to be a suspect.")).doesNotContain(DifferenceKind.HEDGE);
    }

    @Test
    void aVerbOnlyAskedForIsNotAsserted() {
        assertThat(kinds("Growers may soon include a label on every crate.",
                "Growers will soon be asked to include a label on every crate.")).doesNotContain(DifferenceKind.HEDGE);
    }

    @Test
    void aVerbUnderAnotherModalOrAsAnIngFormIsNotAsserted() {
        assertThat(kinds("The new tunnel could save commuters an hour.",
                "The new tunnel would save commuters an hour.")).doesNotContain(DifferenceKind.HEDGE);
        assertThat(kinds("Engineers said the leak could damage the turbines.",
                "Engineers warned of the leak damaging the turbines.")).doesNotContain(DifferenceKind.HEDGE);
    }

    @Test
    void aHedgingAdverbAfterItsVerbBearsOnThatVerb() {
        List<Difference> found = RuleBasedFactJudgeTest.judge("The land was reportedly in private hands until 1990.",
                "The land was in private hands until 1990.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.HEDGE);
        assertThat(found.get(0).values()).containsEntry(1L, "was reportedly").containsEntry(2L, "was");
    }

    @Test
    void aPassiveParticipleTheTaggerReadsAsAnAdjectiveIsStillTheVerbAsserted() {
        List<Difference> found = RuleBasedFactJudgeTest.judge("Three undersea cables were damaged in the Mediterranean.",
                "Three undersea cables were reportedly damaged in the Mediterranean.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.HEDGE);
        assertThat(found.get(0).values()).containsEntry(1L, "were damaged").containsEntry(2L, "reportedly damaged");
    }

    @Test
    void aHedgeBearsOnTheVerbPastANegation() {
        List<Difference> found = RuleBasedFactJudgeTest.judge("The talks will not resume this year.",
                "The talks may not resume this year.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.HEDGE);
        assertThat(found.get(0).values()).containsEntry(1L, "will not resume").containsEntry(2L, "may not resume");
    }

    @Test
    void aHedgingAdverbOnTheVerbOfSayingMakesTheSayingUncertain() {
        List<Difference> found = RuleBasedFactJudgeTest.judge("Modern browsers help prevent attacks, he added.",
                "Modern browsers help prevent attacks, he reportedly added.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.HEDGE);
        assertThat(found.get(0).values()).containsEntry(1L, "added").containsEntry(2L, "reportedly added");
        assertThat(kinds("Scientists claim the drug works.", "Scientists say the drug works.")).isEmpty();
    }

    @Test
    void aHedgeAddedToAnAlreadyHedgedSentenceStillBearsOnItsVerb() {
        List<Difference> found = RuleBasedFactJudgeTest.judge(
                "Police said it appeared the three victims were taken to the hospital.",
                "Police said it appeared the three victims were reportedly taken to the hospital.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.HEDGE);
        assertThat(found.get(0).values()).containsEntry(2L, "reportedly taken");
    }

    @Test
    void twoHedgesOnOneVerbAgreeThatItIsUncertain() {
        assertThat(kinds("The other two might have tried to flee, police said.",
                "The other two may have tried to flee, police said.")).doesNotContain(DifferenceKind.HEDGE);
        assertThat(kinds("Experts predict the next five days will likely make or break the season.",
                "Experts predict the coming week could make or break the season.")).doesNotContain(DifferenceKind.HEDGE);
    }

    @Test
    void reportedlyAddedToAnAlreadyHedgedVerbIsAHedgeDifference() {
        assertThat(kinds("LaSalle is expected to face charges on Friday.",
                "LaSalle is reportedly expected to face charges on Friday.")).containsExactly(DifferenceKind.HEDGE);
        assertThat(kinds("The minister may resign next week.", "The minister may reportedly resign next week."))
                .containsExactly(DifferenceKind.HEDGE);
        assertThat(kinds("The minister reportedly may resign next week.", "The minister may reportedly resign next week."))
                .isEmpty();
    }

    @Test
    void weighingAnActIsLessThanDoingIt() {
        List<Difference> found = RuleBasedFactJudgeTest.judge("Oman is opening up its airspace to Israeli carriers.",
                "Oman is considering opening up its airspace to Israeli carriers.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.HEDGE);
        assertThat(found.get(0).values()).containsEntry(2L, "considering opening");
        assertThat(kinds("The board is considering selling the unit.", "The board is weighing selling the unit."))
                .isEmpty();
    }

    @Test
    void anEventThatIsExpectedIsLessSureThanOneThatWillHappen() {
        List<Difference> found = RuleBasedFactJudgeTest.judge("A major rally is expected on Friday.",
                "A major rally will take place on Friday.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.HEDGE);
        assertThat(found.get(0).values()).containsEntry(1L, "is expected").containsEntry(2L, "will take");
        assertThat(kinds("Meteorologists warned that more rain is expected over the weekend.",
                "Meteorologists warned that more rain will fall over the weekend.")).containsExactly(DifferenceKind.HEDGE);
        // whoever expects it, it is expected
        assertThat(kinds("A major rally is expected on Friday.", "Organisers expect a big rally on Friday.")).isEmpty();
    }

    @Test
    void aHedgedVerbRewordedAsAnAssertedOneIsAHedge() {
        List<Difference> found = RuleBasedFactJudgeTest.judge(
                "A further round of talks is scheduled for March in Beijing, a Commission spokesman said.",
                "A further round of talks may take place in March in Beijing, a Commission spokesman said.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.HEDGE);
        assertThat(found.get(0).values()).containsEntry(1L, "is scheduled").containsEntry(2L, "may take");
        // a verb that asks for another ("asked to include" / "required to have") stands for no event of its own
        assertThat(kinds("Plant-based milks will be asked to include a statement on their labels.",
                "Plant-based milks could soon be required to have a statement on their labels.")).doesNotContain(DifferenceKind.HEDGE);
        // nor is a verb of saying or striving the event a hedge bears on
        assertThat(kinds("Men who have claimed they were molested by Geoghan spoke out.",
                "Men who say they were molested by Geoghan spoke out.")).doesNotContain(DifferenceKind.HEDGE);
        assertThat(kinds("The third case involved contracts signed by Nevada Power.",
                "A separate case seeking to renegotiate contracts was filed by Nevada Power.")).doesNotContain(DifferenceKind.HEDGE);
    }

    @Test
    void wouldAfterAVerbOfWarningIsReportedSpeech() {
        List<Difference> found = RuleBasedFactJudgeTest.judge(
                "Business groups criticised the move, warning that higher borrowing costs would hurt investment.",
                "Business groups criticised the move, warning that higher borrowing costs could hurt investment.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.HEDGE);
        assertThat(found.get(0).values()).containsEntry(1L, "would hurt").containsEntry(2L, "could hurt");
    }

    @Test
    void wouldAfterAnyVerbOfSayingIsReportedSpeech() {
        assertThat(kinds("Keller's lawyer, Patricia Gomez, said her client would appeal the verdict.",
                "Keller's lawyer, Patricia Gomez, said her client might appeal the verdict.")).containsExactly(DifferenceKind.HEDGE);
        assertThat(kinds("Hudak told supporters in Bratislava that he would begin talks on Wednesday.",
                "Hudak told supporters in Bratislava that he might begin talks on Wednesday.")).containsExactly(DifferenceKind.HEDGE);
    }

    @Test
    void whatIsPossibleOrExpectedToHappenIsLessThanWhatWill() {
        List<Difference> found = RuleBasedFactJudgeTest.judge("Seismologists warned that strong aftershocks were possible in the coming days.",
                "Seismologists warned that strong aftershocks would occur in the coming days.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.HEDGE);
        assertThat(found.get(0).values()).containsEntry(1L, "were possible").containsEntry(2L, "would occur");
        assertThat(kinds("The company expects to record charges of $90 million.",
                "The company will record charges of $90 million.")).containsExactly(DifferenceKind.HEDGE);
    }

    @Test
    void moreThanBearsOnItsVerbAsAnAdverbDoes() {
        List<Difference> found = RuleBasedFactJudgeTest.judge("The Homeland Front more than doubled its share of the vote.",
                "The Homeland Front appears to have more than doubled its share of the vote.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.HEDGE);
        assertThat(found.get(0).values()).containsEntry(2L, "appears to have more than doubled");
    }

    @Test
    void anAdverbOfLikelihoodBeforeAnAdjectiveHedgesThatQuality() {
        assertThat(judge("Traces of a possibly carcinogenic impurity were found in one batch.",
                "Traces of a carcinogenic impurity were found in one batch."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.HEDGE);
        assertThat(judge("Smith is charged with fraud for allegedly filing false reports.",
                "Smith is charged with fraud for filing false reports.")).isEmpty();
    }
}
