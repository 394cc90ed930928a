package io.triangulate.claims.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.claims.ClaimAnnotations.NumberMention;
import io.triangulate.claims.ClaimAnnotations.Tense;
import io.triangulate.report.parsing.TaggedToken;
import io.triangulate.report.parsing.TokenTagger;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberAnnotatorTest {

    private static final TokenTagger TAGGER = new TokenTagger();

    private static List<NumberMention> numbers(String text) {
        List<TaggedToken> tokens = TAGGER.tag(text);
        var dates = new DateAnnotator().dates(text, tokens, LocalDate.of(2025, 10, 30), Tense.PAST);
        return new NumberAnnotator().numbers(text, tokens, dates);
    }

    private static NumberMention only(String text) {
        List<NumberMention> found = numbers(text);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void ordinalIsAQuantityWithItsSuffix() {
        NumberMention n = only("The channel is the 43rd most subscribed in the world.");
        assertThat(n.text()).isEqualTo("43rd");
        assertThat(n.value()).isEqualTo(43);
    }

    @Test
    void spelledOrdinalIsAQuantity() {
        NumberMention n = only("They traded a seventh round pick.");
        assertThat(n.value()).isEqualTo(7);
        assertThat(n.unit()).isEqualTo("round");
    }

    @Test
    void countTakesTheHeadOfANounCompoundBehindAParticipleAsUnit() {
        assertThat(only("The lab ran 4,100 swab tests.").unit()).isEqualTo("test");
        assertThat(only("The clinic logged 35 confirmed cases.").unit()).isEqualTo("case");
    }

    @Test
    void aComparativeCountTakesTheNounBehindMoreOrFewerAsUnit() {
        assertThat(only("The channel has 7 million more subscribers than its rival.").unit()).isEqualTo("subscriber");
        assertThat(only("The party won two fewer seats.").unit()).isEqualTo("seat");
    }

    @Test
    void aFractionOfAWholeIsALoosePercentage() {
        NumberMention third = only("A third of voters backed the measure.");
        assertThat(third.value()).isCloseTo(33.33, org.assertj.core.data.Offset.offset(0.01));
        assertThat(third.unit()).isEqualTo("percent");
        assertThat(third.qualifier()).isEqualTo("about");
        assertThat(only("Two-thirds of the members agreed.").value()).isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
        assertThat(only("More than half of the staff left.").qualifier()).isEqualTo("more than");
    }

    @Test
    void aChangeByAFractionIsAShare() {
        NumberMention half = only("The drug reduced symptoms by half.");
        assertThat(half.value()).isEqualTo(50);
        assertThat(half.unit()).isEqualTo("percent");
        assertThat(only("Sales fell by a third.").value()).isCloseTo(33.33, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aShareOfAPointIsThatShareOfOnePointExactly() {
        NumberMention quarter = only("The bank raised its key rate by a quarter of a percentage point.");
        assertThat(quarter.text()).isEqualTo("a quarter of a percentage point");
        assertThat(quarter.value()).isEqualTo(0.25);
        assertThat(quarter.unit()).isEqualTo("percent");
        assertThat(quarter.qualifier()).isNull();
        assertThat(only("Yields rose by half a point.").value()).isEqualTo(0.5);
    }

    @Test
    void basisPointsAndAQuarterPointAreTheSameShareOfAPoint() {
        for (String text : List.of("The council cut the rate by 25 basis points.", "The council cut the rate by 25bp.",
                "The council cut the rate by a quarter point.", "The council made a quarter-point cut.")) {
            NumberMention cut = only(text);
            assertThat(cut.value()).as(text).isEqualTo(0.25);
            assertThat(cut.unit()).as(text).isEqualTo("percent");
            assertThat(cut.qualifier()).as(text).isNull();
        }
        assertThat(only("A quarter of the seats went to the opposition.").value()).isEqualTo(25);
    }

    @Test
    void orMoreAndOrFewerAfterAFigureBoundIt() {
        assertThat(only("Five or more members opposed the increase.").qualifier()).isEqualTo("at least");
        assertThat(only("Groups of 12 or fewer people may meet.").qualifier()).isEqualTo("at most");
        assertThat(only("Five members or more opposed the increase.").qualifier()).isNull();
    }

    @Test
    void dozensAndHundredsScaleTheCountBeforeThem() {
        assertThat(only("Two dozen protesters were detained.").value()).isEqualTo(24);
        assertThat(only("A dozen protesters were detained.").value()).isEqualTo(12);
        assertThat(only("The firm cut three hundred jobs.").value()).isEqualTo(300);
    }

    @Test
    void twiceIsTwoTimesNotTwoOfTheNounAfterIt() {
        NumberMention twice = only("The council meets twice a year.");
        assertThat(twice.value()).isEqualTo(2);
        assertThat(twice.unit()).isEqualTo("time");
        assertThat(only("Twice as many voters turned out.").unit()).isEqualTo("time");
    }

    @Test
    void oneUnitOfTimeIsALengthOfOneButARateIsNot() {
        NumberMention year = only("The plant closed more than a year ago.");
        assertThat(year.value()).isEqualTo(1);
        assertThat(year.unit()).isEqualTo("year");
        assertThat(year.qualifier()).isEqualTo("more than");
        assertThat(only("The talks will resume in a week.").unit()).isEqualTo("week");
        assertThat(numbers("Inspections take place once a year.")).isEmpty();
        assertThat(numbers("Patients take two tablets a day.")).extracting(NumberMention::value).containsExactly(2.0);
        assertThat(numbers("Tickets cost $5 a day.")).extracting(NumberMention::unit).containsExactly("usd");
        // "year-long" is a length of one year, as "12-month" is of twelve months
        NumberMention lasting = only("The agency began a year-long review.");
        assertThat(lasting.value()).isEqualTo(1.0);
        assertThat(lasting.unit()).isEqualTo("year");
    }

    @Test
    void anOrdinalBeforeOfIsNoFraction() {
        NumberMention n = numbers("She was the third of five children.").get(0);
        assertThat(n.value()).isEqualTo(3);
        assertThat(n.unit()).isNotEqualTo("percent");
    }

    @Test
    void ordinalTakesTheFirstNounOfACompoundAsUnit() {
        assertThat(only("The chain reported a third quarter loss.").unit()).isEqualTo("quarter");
    }

    @Test
    void hyphenatedNumberWordTakesTheWordAfterItAsUnit() {
        NumberMention n = only("Trump’s five-day journey ended.");
        assertThat(n.text()).isEqualTo("five-day");
        assertThat(n.value()).isEqualTo(5);
        assertThat(n.unit()).isEqualTo("day");
    }

    @Test
    void moneyIsScaledAndInDollars() {
        NumberMention n = only("The fund lost $4 million last quarter.");
        assertThat(n.text()).isEqualTo("$4 million");
        assertThat(n.value()).isEqualTo(4_000_000);
        assertThat(n.unit()).isEqualTo("usd");
    }

    @Test
    void groupedDigitsTakeTheLemmaOfTheFollowingNoun() {
        NumberMention n = only("The storm destroyed 40,000 homes.");
        assertThat(n.value()).isEqualTo(40_000);
        assertThat(n.unit()).isEqualTo("home");
    }

    @Test
    void percentWordAndSignBothGivePercent() {
        assertThat(only("Prices rose 12 percent.").unit()).isEqualTo("percent");
        assertThat(only("Prices rose 12% in May.").value()).isEqualTo(12);
        assertThat(only("Prices rose 1.5 percent.").value()).isEqualTo(1.5);
    }

    @Test
    void qualifierBeforeTheNumberIsRecorded() {
        NumberMention n = only("At least 12 people died.");
        assertThat(n.qualifier()).isEqualTo("at least");
        assertThat(n.unit()).isEqualTo("people");
        assertThat(only("Nearly 300 troops left.").qualifier()).isEqualTo("nearly");
    }

    @Test
    void numberWordsAndDozenAreValued() {
        assertThat(only("Twelve ministers resigned.").value()).isEqualTo(12);
        assertThat(only("A dozen ministers resigned.").value()).isEqualTo(12);
        assertThat(only("Hundreds of homes flooded.").qualifier()).isEqualTo("at least");
    }

    @Test
    void aMillionOrABillionIsItsScale() {
        assertThat(only("A million fans watched the final.").value()).isEqualTo(1e6);
        assertThat(only("The plan costs a billion dollars.").value()).isEqualTo(1e9);
        assertThat(only("A hundred thousand people marched.").value()).isEqualTo(1e5);
    }

    @Test
    void ageCompoundKeepsYearAsUnit() {
        NumberMention n = only("A 12-year-old boy was rescued.");
        assertThat(n.value()).isEqualTo(12);
        assertThat(n.unit()).isEqualTo("year");
    }

    @Test
    void yearsAndDayNumbersOfDatesAreNotQuantities() {
        assertThat(numbers("The summit in 2019 followed talks on Oct. 28, 2018.")).isEmpty();
    }

    @Test
    void loneOneIsNotAQuantity() {
        assertThat(numbers("It was one of the largest storms.")).isEmpty();
    }

    @Test
    void comparativeWordsBoundTheFigure() {
        assertThat(only("The film holds a rating higher than 70 percent.").qualifier()).isEqualTo("higher than");
        assertThat(only("The film holds a rating below 70 percent.").qualifier()).isEqualTo("below");
    }

    @Test
    void figureInsideANameIsNoQuantity() {
        assertThat(numbers("The clinic treated 12 patients with COVID-19 last week.")).extracting(NumberMention::value)
                .containsExactly(12.0);
    }

    @Test
    void hyphenatedScaleIsTheScaleNotAUnit() {
        NumberMention n = only("The studio spent a $70-million budget on the film.");
        assertThat(n.value()).isEqualTo(70_000_000.0);
        assertThat(n.unit()).isEqualTo("usd");
    }

    @Test
    void aCountThatLeavesOutItsNounAfterAndTakesTheNounAndQualifierBeforeIt() {
        List<NumberMention> found = numbers("At least 11 cases in Indiana and three in Illinois are suspected.");
        assertThat(found).extracting(NumberMention::unit).containsExactly("case", "case");
        assertThat(found).extracting(NumberMention::qualifier).containsExactly("at least", "at least");
        assertThat(numbers("The firm cut 300 jobs in Ohio, 120 in Texas.")).extracting(NumberMention::unit)
                .containsExactly("job", "job");
    }

    @Test
    void aBareCountThatAVerbFollowsOrAnOrdinalKeepsNoNoun() {
        assertThat(numbers("Five people died and three were hurt.")).extracting(NumberMention::unit)
                .containsExactly("people", null);
        assertThat(numbers("Ireland won 3 medals, and 2nd in the relay.")).extracting(NumberMention::unit)
                .containsExactly("medal", null);
    }

    @Test
    void aWholeNumberAndAFractionAreOneFigure() {
        NumberMention mixed = only("The probe weighs 2 1/2 tons.");
        assertThat(mixed.text()).isEqualTo("2 1/2");
        assertThat(mixed.value()).isEqualTo(2.5);
        assertThat(mixed.unit()).isEqualTo("ton");
        assertThat(only("The 2\u00bd-ton probe fell.").value()).isEqualTo(2.5);
        assertThat(only("The probe weighs 2-1/2 tons.").value()).isEqualTo(2.5);
        assertThat(only("The probe weighs 2 \u00bd tons.").value()).isEqualTo(2.5);
        assertThat(only("It lasted \u00be hours.").value()).isEqualTo(0.75);
    }

    @Test
    void aFractionStandingAloneIsNotReadAsOne() {
        assertThat(numbers("The note lost 16/32 in price.")).extracting(NumberMention::value).containsExactly(16.0, 32.0);
    }
}
