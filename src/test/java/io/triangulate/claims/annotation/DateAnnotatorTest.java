package io.triangulate.claims.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.claims.ClaimAnnotations.DateMention;
import io.triangulate.claims.ClaimAnnotations.Tense;
import io.triangulate.report.parsing.TokenTagger;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateAnnotatorTest {

    private static final TokenTagger TAGGER = new TokenTagger();
    private static final LocalDate THURSDAY = LocalDate.of(2025, 10, 30);

    private static List<String> values(String text, Tense tense) {
        return dates(text, THURSDAY, tense).stream().map(DateMention::value).toList();
    }

    private static List<DateMention> dates(String text, LocalDate publishedAt, Tense tense) {
        return new DateAnnotator().dates(text, TAGGER.tag(text), publishedAt, tense);
    }

    @Test
    void aDecadeIsTheYearsItStartsWith() {
        assertThat(values("The bridge was built in the 1990s.", Tense.PAST)).containsExactly("199");
        assertThat(values("Rents doubled in the mid-2000s.", Tense.PAST)).containsExactly("200");
    }

    @Test
    void pastWeekdayIsTheLatestOneBeforePublication() {
        assertThat(values("The envoy arrived on Tuesday.", Tense.PAST)).containsExactly("2025-10-28");
    }

    @Test
    void futureWeekdayIsTheNextOneAfterPublication() {
        assertThat(values("The envoy will arrive on Tuesday.", Tense.FUTURE)).containsExactly("2025-11-04");
    }

    @Test
    void weekdayGoesWithTheVerbNearestToIt() {
        assertThat(values("The company said Tuesday it would cut jobs next year.", Tense.FUTURE))
                .contains("2025-10-28");
        assertThat(values("On Tuesday, the firm announced plans to cut jobs.", Tense.FUTURE))
                .containsExactly("2025-10-28");
        assertThat(values("The firm announced that it will cut jobs on Tuesday.", Tense.FUTURE))
                .containsExactly("2025-11-04");
    }

    @Test
    void weekdayWithoutPublicationDateIsAnnotatedWithoutValue() {
        List<DateMention> found = dates("The envoy arrived on Tuesday.", null, Tense.PAST);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("Tuesday");
            assertThat(d.value()).isNull();
        });
    }

    @Test
    void monthAndYearGiveMonthPrecision() {
        assertThat(values("In June 2019, they met.", Tense.PAST)).containsExactly("2019-06");
    }

    @Test
    void fullDatesInEveryCommonFormGiveDayPrecision() {
        assertThat(values("Talks on Oct. 28, 2025, on 28 October 2025 and on 2025-10-28.", Tense.PAST))
                .containsExactly("2025-10-28", "2025-10-28", "2025-10-28");
    }

    @Test
    void tokenisedCommaAndOrdinalDayStillGiveDayPrecision() {
        assertThat(values("The bridge opened on May 4 , 1981 and closed on the 6th of February 2016 .", Tense.PAST))
                .containsExactly("1981-05-04", "2016-02-06");
    }

    @Test
    void standaloneYearsAreDates() {
        assertThat(values("Summits in 2018 and 2019 drew crowds.", Tense.PAST)).containsExactly("2018", "2019");
    }

    @Test
    void relativeWordsResolveAgainstPublication() {
        assertThat(values("Yesterday the talks failed, and last week the envoy left.", Tense.PAST))
                .containsExactly("2025-10-29", "2025-W43");
        assertThat(values("The report is due next month.", Tense.FUTURE)).containsExactly("2025-11");
    }

    @Test
    void clockTimeJoinsTheDayTheClaimNames() {
        assertThat(values("The quake struck at 4 a.m. on Tuesday.", Tense.PAST))
                .containsExactly("2025-10-28T04:00", "2025-10-28");
    }

    @Test
    void partOfDayStaysWithItsWeekday() {
        List<DateMention> found = dates("Talks ended Thursday evening.", THURSDAY, Tense.PAST);
        assertThat(found).extracting(DateMention::text).containsExactly("Thursday evening");
        assertThat(found).extracting(DateMention::value).containsExactly("2025-10-30");
    }

    @Test
    void countOfPluralNounIsNotAYear() {
        assertThat(values("About 2000 troops crossed.", Tense.PAST)).isEmpty();
    }

    @Test
    void theDayBeforeTheMonthIsADateToo() {
        assertThat(values("The results will be returned by 14 November.", Tense.FUTURE)).containsExactly("2025-11-14");
        assertThat(values("The talks began on the 3rd of November.", Tense.PAST)).containsExactly("2025-11-03");
    }
}
