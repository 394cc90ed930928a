package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import org.junit.jupiter.api.Test;

/** Two wordings of one fact are agreement: none of these pairs may yield a difference. */
class ParaphraseAgreementTest {

    @Test
    void reorderedClausesAgree() {
        assertThat(judge("After the vote on Tuesday, the council approved the budget.",
                "The council approved the budget after the vote on Tuesday.")).isEmpty();
    }

    @Test
    void synonymsAgree() {
        assertThat(judge("Rescuers pulled 14 survivors from the rubble.",
                "Emergency crews rescued 14 survivors from the debris.")).isEmpty();
    }

    @Test
    void activeAndPassiveAgree() {
        assertThat(judge("The storm destroyed 300 homes in Florida.",
                "300 homes in Florida were destroyed by the storm.")).isEmpty();
    }

    @Test
    void saidAndAccordingToTheSameSourceAgree() {
        assertThat(judge("The factory will close in March, the company said.",
                "According to the company, the factory will close in March.")).isEmpty();
    }

    @Test
    void numberWordAndFigureAgree() {
        assertThat(judge("Five climbers were stranded on the ridge.",
                "5 climbers were stranded on the ridge.")).isEmpty();
    }

    @Test
    void acronymAndFullNameAgree() {
        assertThat(judge("The U.S. imposed new tariffs on steel.",
                "The United States imposed new tariffs on steel.")).isEmpty();
    }

    @Test
    void titleAndFullNameOfTheSamePersonAgree() {
        assertThat(judge("Mr. Alvarez resigned as chairman in May 2021.",
                "Daniel Alvarez resigned as chairman in May 2021.")).isEmpty();
    }

    @Test
    void roundedAndExactFiguresAgree() {
        assertThat(judge("The deal is worth about $1.2 billion.", "The deal is worth $1.23 billion.")).isEmpty();
    }

    @Test
    void dayAndFullDateAgree() {
        assertThat(judge("The ferry sank on Tuesday near the harbour.",
                "The ferry sank on October 28 near the harbour.")).isEmpty();
    }

    @Test
    void twoDifferentlyHedgedClaimsAgree() {
        assertThat(judge("The talks may resume next month.", "The talks could resume next month.")).isEmpty();
    }

    @Test
    void aDecisionAgainstAndADecisionNotToAgree() {
        assertThat(judge("Larger publishers decided against pursuing the books group, the sources said.",
                "Larger publishers decided not to pursue the books group, the sources said.")).isEmpty();
    }

    @Test
    void failedToAndDoesNotAgreeAcrossAQuoteMark() {
        assertThat(judge("Critics said the film failed \"to present a balanced portrayal\" of the couple.",
                "Critics said the film \"does not present a balanced portrayal\" of the couple.")).isEmpty();
    }

    @Test
    void aShareOfAPointAndItsDecimalAgree() {
        assertThat(judge("The bank raised its key rate by a quarter of a percentage point.",
                "The bank increased its benchmark rate by 0.25 percentage points.")).isEmpty();
    }

    @Test
    void orMoreAfterAFigureIsAtLeast() {
        assertThat(judge("At least five members opposed the increase.", "Five or more members opposed the increase."))
                .isEmpty();
    }

    @Test
    void votingAgainstIsOpposing() {
        assertThat(judge("Five members opposed the increase.", "Five members voted against the increase.")).isEmpty();
    }

    @Test
    void oneHedgeAfterTheVerbForAnother() {
        assertThat(judge("Analysts said the decision was likely the last increase.",
                "Analysts said the decision was probably the last increase.")).isEmpty();
    }

    @Test
    void oneSourceWithItsWordsReorderedAgrees() {
        assertThat(judge("Analysts at Deutsche Bank said the decision was the last increase.",
                "Deutsche Bank analysts said the decision was the last increase.")).isEmpty();
    }

    @Test
    void commonPluralsOpeningTheSentenceAreNoNames() {
        assertThat(judge("Meteorologists expect more rain over the weekend.", "Forecasters expect more rain over the weekend."))
                .isEmpty();
        // as sources, two kinds of speaker WordNet does not relate are still two sources, but no two names
        assertThat(judge("Meteorologists warned that more rain is expected over the weekend.",
                "Forecasters warned that more rain is expected over the weekend."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void withinIsAnUpperBoundLikeLessThan() {
        assertThat(judge("It was the second mass shooting in Texas in less than a week.",
                "It was the second mass shooting in Texas within a week.")).isEmpty();
    }

    @Test
    void wouldInReportedSpeechAndWillAreOneFuture() {
        assertThat(judge("The mall will remain closed until further notice, its owner said in a statement.",
                "Its owner said in a statement that the mall would remain closed until further notice.")).isEmpty();
    }
}
