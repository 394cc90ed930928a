package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.kinds;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One sentence of a real report against a copy with one thing changed, or reworded: the edits a
 * fact-checker's test makes, in the forms that slipped through before.
 */
class EditedReportCopiesTest {

    @Test
    void twoVerbsNegatedAreNoDoubleNegative() {
        assertThat(kinds("The pirate skiffs reversed course and tried to flee the area.",
                "The pirate skiffs did not reverse course and did not try to flee the area."))
                .containsExactly(DifferenceKind.NEGATION);
    }

    @Test
    void noneInPlaceOfAFigureIsANegation() {
        assertThat(kinds("More than a hundred schools remain occupied by students.",
                "No schools remain occupied by students.")).containsExactly(DifferenceKind.NEGATION);
    }

    @Test
    void likelyAfterIsHedgesTheLink() {
        List<Difference> found = RuleBasedFactJudgeTest.judge("The navy is part of the international effort.",
                "The navy is likely part of the international effort.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.HEDGE);
        assertThat(found.get(0).values()).containsEntry(1L, "is").containsEntry(2L, "is likely");
    }

    @Test
    void aVerbTheTaggerReadsAsANounIsStillAssertedAgainstItsHedge() {
        // "trade passes through" is tagged as two nouns
        assertThat(kinds("India's external trade passes through the sea lane each year, Nambiar said.",
                "India's external trade could pass through the sea lane each year, Nambiar said."))
                .containsExactly(DifferenceKind.HEDGE);
    }

    @Test
    void twoPartsOfOneDayAreADateDifference() {
        List<Difference> found = RuleBasedFactJudgeTest.judge("At about 9:25 on Thursday morning, sailors spotted five boats.",
                "At about 9:25 on Thursday evening, sailors spotted five boats.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.DATE);
        assertThat(found.get(0).values()).containsEntry(1L, "Thursday morning").containsEntry(2L, "Thursday evening");
        assertThat(kinds("Police arrested four people on Monday evening.", "Police arrested four people on Monday night."))
                .isEmpty();
    }

    @Test
    void aFigureBeforeAPluralPossessiveIsStillCompared() {
        assertThat(kinds("Nearly 100 billion dollars' worth of trade passes through the lane.",
                "Nearly 100 million dollars' worth of trade passes through the lane."))
                .containsExactly(DifferenceKind.NUMBER);
    }

    @Test
    void aSingleIsOne() {
        assertThat(kinds("Comeaux was given two extra life sentences in 1999.",
                "Comeaux was given a single extra life sentence in 1999.")).containsExactly(DifferenceKind.NUMBER);
    }

    @Test
    void closeToIsAsRoughAsNearly() {
        assertThat(kinds("Nearly 100 billion dollars of trade passes through the lane each year.",
                "Close to $100 billion of trade goes through the lane every year.")).isEmpty();
    }

    @Test
    void oneFigureBeforeTheSameWordsIsOneCountWhateverTheTaggerMakesOfThem() {
        assertThat(kinds("More than a hundred schools and at least fifteen university campuses remain occupied.",
                "Students are still occupying over 100 schools and at least 15 university campuses.")).isEmpty();
        assertThat(kinds("Activists marked the one-year anniversary of the invasion.",
                "Activists marked the one-month anniversary of the invasion.")).containsExactly(DifferenceKind.NUMBER);
    }

    @Test
    void aManForAWomanIsAnotherPerson() {
        assertThat(kinds("Comeaux also injured a man who tried to stop the attack.",
                "Comeaux also injured a woman who tried to stop the attack.")).containsExactly(DifferenceKind.ENTITY);
    }

    @Test
    void aNameTheTaggerCallsAPronounIsStillAPlace() {
        assertThat(kinds("The police shot a teenage boy in Athens on Saturday night.",
                "The police shot a teenage boy in Thessaloniki on Saturday night.")).containsExactly(DifferenceKind.ENTITY);
    }

    @Test
    void twoWaysOfCausingAgree() {
        assertThat(kinds("The escape triggered a lockdown at Lee College and three campuses.",
                "The escape led to the lockdown of Lee College and three campuses.")).isEmpty();
    }

    @Test
    void aSourceNamedBeforeItsRoleIsComparedByName() {
        List<Difference> found = RuleBasedFactJudgeTest.judge(
                "The skiffs reversed course, Captain Manohar Nambiar, the Navy's chief spokesman, said.",
                "The skiffs reversed course, a crew member of one of the merchant vessels said.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.ATTRIBUTION);
        assertThat(found.get(0).values()).containsEntry(1L, "Captain Manohar Nambiar")
                .containsEntry(2L, "a crew member of one of the merchant vessels");
        // the claim itself says the named source is what the other report calls its source
        assertThat(kinds("The skiffs reversed course, Captain Manohar Nambiar, the Navy's chief spokesman, said.",
                "The skiffs reversed course, a navy spokesman said.")).isEmpty();
        assertThat(kinds("Arthur Benson, attorney for the plaintiff schoolchildren, said he will appeal.",
                "An attorney for plaintiff schoolchildren said he plans to appeal.")).isEmpty();
    }

    @Test
    void whatTheSubjectClaimsInARelativeClauseIsNotTheSource() {
        assertThat(kinds("At the time of the escape, the inmate was in a wheelchair, which he claimed he needed, officials said.",
                "Officials said the inmate was using a wheelchair when he escaped, claiming he needed it.")).isEmpty();
    }

    @Test
    void aWeekLongJourneyLastsSevenDays() {
        assertThat(kinds("Trump's five-day journey through Malaysia, Japan and South Korea included summits.",
                "Trump's week-long journey through Malaysia, Japan and South Korea included summits."))
                .containsExactly(DifferenceKind.NUMBER);
        assertThat(kinds("The seven-day strike ended on Friday.", "The week-long strike ended on Friday.")).isEmpty();
    }

    @Test
    void noneInPlaceOfAnArticleIsANegation() {
        assertThat(kinds("The journey included ceremonial honors and holding a summit with President Xi Jinping.",
                "The journey included ceremonial honors, but no summit with President Xi Jinping."))
                .containsExactly(DifferenceKind.NEGATION);
    }

    @Test
    void sayingNothingIsRemainingSilent() {
        assertThat(kinds("State media remained silent on Trump's overtures.",
                "North Korean state media said nothing about Trump's overtures.")).isEmpty();
        assertThat(kinds("State media remained silent on Trump's overtures.",
                "State media said Trump's overtures were welcome.")).containsExactly(DifferenceKind.NEGATION);
    }

    @Test
    void aVerbOfSayingTheTaggerReadsAsANounStillNamesTheSource() {
        assertThat(kinds("Analysts note that North Korea has deepened its ties with China and Russia.",
                "US officials claim that North Korea has deepened its ties with China and Russia."))
                .containsExactly(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void officialsOfTwoCountriesAreTwoSourcesWhereverTheClaimNamesTheCountriesAgain() {
        assertThat(kinds("However, a senior US official has confirmed no such meeting is scheduled, highlighting the "
                + "complexities in US-North Korea diplomatic relations.",
                "However, a South Korean diplomat has confirmed no such meeting is scheduled, highlighting the "
                + "complexities in US-North Korea diplomatic relations.")).contains(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void aPresentFormOfBeIsNoPastEvent() {
        // "there are no plans for" is no past event set against "is scheduled"
        assertThat(kinds("However, a senior US official has confirmed no such meeting is scheduled, highlighting the "
                + "complexities in US-North Korea diplomatic relations.",
                "A senior American official, however, has confirmed that there are no plans for such a meeting, "
                + "underlining how complicated diplomatic relations between the United States and North Korea are."))
                .isEmpty();
    }

    @Test
    void aSourceIsNotMentionedByACommonWordItOpensWith() {
        // "euros" opens "Eurostat" but names nothing
        assertThat(kinds("Trade reached 739 billion euros in 2023, according to Eurostat.",
                "Trade reached 739 billion euros in 2023, according to the IMF.")).contains(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void oneInThreeIsAThird() {
        assertThat(kinds("German carmakers sell about a third of their vehicles in China.",
                "German carmakers sell roughly one in three of their vehicles in China.")).isEmpty();
        assertThat(kinds("One in three voters backed the plan.", "Two in three voters backed the plan."))
                .containsExactly(DifferenceKind.NUMBER);
    }

    @Test
    void aPhrasalVerbWordNetListsAsTheOtherVerbAgrees() {
        assertThat(kinds("The minister resigned on Tuesday.", "The minister stepped down on Tuesday.")).isEmpty();
        assertThat(kinds("The minister resigned on Tuesday.", "The minister stepped up on Tuesday."))
                .containsExactly(DifferenceKind.OTHER);
    }

    @Test
    void aDecadeInWordsIsADate() {
        assertThat(kinds("The plant closed in the 1990s.", "The plant closed in the nineties.")).isEmpty();
        assertThat(kinds("The plant closed in the 1980s.", "The plant closed in the nineties."))
                .containsExactly(DifferenceKind.DATE);
    }

    @Test
    void theVerbAfterAHedgeEndingInToIsHedgedWhateverTheTaggerCallsIt() {
        // the tagger reads "welcome" as an interjection on both sides
        List<Difference> found = RuleBasedFactJudgeTest.judge(
                "US allies like Japan welcome America's reaffirmed commitment to regional security.",
                "US allies like Japan are said to welcome America's reaffirmed commitment to regional security.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.HEDGE);
        assertThat(found.get(0).values()).containsEntry(1L, "welcome").containsEntry(2L, "are said to welcome");
    }

    @Test
    void theWholeOfAPartitiveTheOtherReportLeavesOutIsNoConflict() {
        assertThat(kinds("Three of the five suspects were arrested.", "Three suspects were arrested.")).isEmpty();
        assertThat(kinds("Cases were confirmed in 15 out of 28 provinces.", "Cases were confirmed in 15 provinces."))
                .isEmpty();
        assertThat(kinds("Three of the five suspects were arrested.", "Three of the six suspects were arrested."))
                .containsExactly(DifferenceKind.NUMBER);
        assertThat(kinds("Three of the five suspects were arrested.", "Four of the five suspects were arrested."))
                .containsExactly(DifferenceKind.NUMBER);
    }
}
