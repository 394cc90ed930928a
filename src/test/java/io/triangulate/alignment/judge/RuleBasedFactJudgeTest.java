package io.triangulate.alignment.judge;

import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.ClaimInput;
import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import io.triangulate.claims.annotation.ClaimAnnotator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleBasedFactJudgeTest {

    private static final ClaimAnnotator ANNOTATOR = new ClaimAnnotator();
    private static final RuleBasedFactJudge JUDGE = new RuleBasedFactJudge();
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 10, 30);

    static ClaimInput claim(long report, String text) {
        return new ClaimInput(report * 10, report, 0, text, ANNOTATOR.annotate(text, PUBLISHED), new float[0]);
    }

    /** The kinds of difference the judge finds between two claims, in the order found. */
    static List<DifferenceKind> kinds(String first, String second) {
        return judge(first, second).stream().map(Difference::kind).toList();
    }

    static List<Difference> judge(String first, String second) {
        return JUDGE.judge(List.of(claim(1, first), claim(2, second)));
    }

    /** The same for claims whose reports give no publication date, so a date without a year stays unresolved. */
    static List<Difference> judgeUndated(String first, String second) {
        return JUDGE.judge(List.of(new ClaimInput(10, 1, 0, first, ANNOTATOR.annotate(first, null), new float[0]),
                new ClaimInput(20, 2, 0, second, ANNOTATOR.annotate(second, null), new float[0])));
    }

    private static Difference only(String first, String second) {
        List<Difference> found = judge(first, second);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void changedFigureIsANumberDifferenceWithEachReportsWords() {
        Difference d = only("Trump ended a five-day journey in Asia.", "Trump ended a three-day journey in Asia.");
        assertThat(d.kind()).isEqualTo(DifferenceKind.NUMBER);
        assertThat(d.values()).isEqualTo(Map.of(1L, "five-day", 2L, "three-day"));
        assertThat(d.explanation()).isEqualTo("The reports give different numbers for the journey: five-day vs three-day.");
    }

    @Test
    void aFigureWithoutACountedNounIsExplainedByWhatItsUnitMeasures() {
        assertThat(only("Coke shares closed at $43.52 in early trading.", "Coke shares closed at $43.99 in early trading.")
                .explanation()).isEqualTo("The reports give different numbers for the amount: $43.52 vs $43.99.");
        assertThat(only("Inflation rose to 3.2% last month.", "Inflation rose to 3.4% last month.").explanation())
                .isEqualTo("The reports give different numbers for the percentage: 3.2% vs 3.4%.");
    }

    @Test
    void changedYearIsADateDifference() {
        Difference d = only("The bridge was completed in 2018.", "The bridge was completed in 2017.");
        assertThat(d.kind()).isEqualTo(DifferenceKind.DATE);
        assertThat(d.values()).isEqualTo(Map.of(1L, "2018", 2L, "2017"));
    }

    @Test
    void swappedCityIsAnEntityDifference() {
        Difference d = only("The two leaders met in Beijing on the final day.", "The two leaders met in Moscow on the final day.");
        assertThat(d.kind()).isEqualTo(DifferenceKind.ENTITY);
        assertThat(d.values()).isEqualTo(Map.of(1L, "Beijing", 2L, "Moscow"));
    }

    @Test
    void silenceAgainstCommentIsANegation() {
        Difference d = only("State media remained silent about the visit.", "State media commented about the visit.");
        assertThat(d.kind()).isEqualTo(DifferenceKind.NEGATION);
        assertThat(d.values()).isEqualTo(Map.of(1L, "silent", 2L, "commented"));
    }

    @Test
    void negationOnOneSideOnlyIsANegation() {
        Difference d = only("The minister will attend the summit in person.", "The minister will not attend the summit in person.");
        assertThat(d.kind()).isEqualTo(DifferenceKind.NEGATION);
        assertThat(d.values()).isEqualTo(Map.of(1L, "will attend", 2L, "will not attend"));
    }

    @Test
    void aNegationIsShownWithTheVerbItNegates() {
        Difference d = only("Mayor Ana Ruiz did not attend the ceremony.", "Mayor Ana Ruiz attended the ceremony.");
        assertThat(d.kind()).isEqualTo(DifferenceKind.NEGATION);
        assertThat(d.values()).isEqualTo(Map.of(1L, "did not attend", 2L, "attended"));
    }

    @Test
    void aNegatedVerbThatTheOtherReportReplacesByAnotherIsNoContrary() {
        assertThat(judge("The cause of the fire has not yet been established.",
                "The cause of the fire is being investigated by the fire service.")).isEmpty();
        assertThat(only("The minister did not resign after the vote.", "The minister quit after the vote.").kind())
                .isEqualTo(DifferenceKind.NEGATION);
        // the lemmatizer cuts "declare" to "declar"
        assertThat(only("The commission declared the election valid.", "The commission did not declare the election valid.")
                .kind()).isEqualTo(DifferenceKind.NEGATION);
    }

    @Test
    void notDoingAndAvoidingDoingAreOneAdvice() {
        assertThat(judge("The weather service urged people not to drive through flooded roads.",
                "The weather service urged people to avoid driving through flooded roads.")).isEmpty();
        assertThat(only("The weather service urged people not to avoid the roads.",
                "The weather service urged people to avoid the roads.").kind()).isEqualTo(DifferenceKind.NEGATION);
    }

    @Test
    void aVerbTheTaggerMisreadsAfterAModalIsStillHedged() {
        // the tagger reads "open" after "may" as an adjective
        Difference d = only("The new bridge may open in April.", "The new bridge will open in April.");
        assertThat(d.kind()).isEqualTo(DifferenceKind.HEDGE);
        assertThat(d.values()).isEqualTo(Map.of(1L, "may open", 2L, "will open"));
    }

    @Test
    void mayAgainstWillIsAHedge() {
        Difference d = only("Trump may seek a meeting with Kim.", "Trump confirmed he will seek a meeting with Kim.");
        assertThat(d.kind()).isEqualTo(DifferenceKind.HEDGE);
        assertThat(d.values()).isEqualTo(Map.of(1L, "may seek", 2L, "will seek"));
    }

    @Test
    void differentSourcesAreAnAttributionDifference() {
        Difference d = only("The footage was shot in 1998, officials said.", "The footage was shot in 1998, a filmmaker said.");
        assertThat(d.kind()).isEqualTo(DifferenceKind.ATTRIBUTION);
        assertThat(d.values()).isEqualTo(Map.of(1L, "officials", 2L, "a filmmaker"));
    }

    @Test
    void atLeastAgainstAnExactCountIsAQuantifierDifference() {
        Difference d = only("At least 12 people died in the fire.", "12 people died in the fire.");
        assertThat(d.kind()).isEqualTo(DifferenceKind.QUANTIFIER);
        assertThat(d.values()).isEqualTo(Map.of(1L, "At least 12", 2L, "12"));
    }

    @Test
    void plannedAgainstHappenedIsATimeframeDifference() {
        Difference d = only("No meeting with Kim is scheduled.", "The tour concluded without a meeting with Kim.");
        assertThat(d.kind()).isEqualTo(DifferenceKind.TIMEFRAME);
        assertThat(d.values()).isEqualTo(Map.of(1L, "is scheduled", 2L, "concluded"));
    }

    @Test
    void qualifiedFiguresWhoseRangesOverlapAgree() {
        assertThat(judge("The channel has more than 25 million subscribers.",
                "The channel has more than 26 million subscribers.")).isEmpty();
        assertThat(judge("About 40,000 people marched.", "41,000 people marched.")).isEmpty();
    }

    @Test
    void moreAndLessPreciseDatesAgree() {
        assertThat(judge("The plant opened in 2019.", "The plant opened in June 2019.")).isEmpty();
    }

    @Test
    void nameOnOneSideOnlyIsNotAConflict() {
        assertThat(judge("Trump praised the deal on Friday.", "The president praised the deal on Friday.")).isEmpty();
    }

    @Test
    void conflictSeenAgainstTwoReportsIsReportedOnceWithAllTheirWords() {
        List<Difference> found = JUDGE.judge(List.of(claim(1, "Trump ended a five-day journey in Asia."),
                claim(2, "Trump ended a three-day journey in Asia."), claim(3, "Trump ended a three-day journey in Asia.")));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "five-day", 2L, "three-day", 3L, "three-day"));
    }

    @Test
    void claimsOfOneReportAreNotComparedWithEachOther() {
        assertThat(JUDGE.judge(List.of(claim(1, "Five people were hurt."), claim(1, "Three people were hurt."))))
                .isEmpty();
    }

    @Test
    void claimJudgedAgainInALaterComparisonGivesTheSameConflict() {
        List<Difference> first = judge("The ferry left the port with 120 passengers.", "The ferry left the port with 150 passengers.");
        List<Difference> again = judge("The ferry left the port with 120 passengers.", "The ferry left the port with 150 passengers.");
        assertThat(again).isEqualTo(first).extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
    }
}
