package io.triangulate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.report.parsing.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBasedClaimExtractorTest {

    private static final RuleBasedClaimExtractor EXTRACTOR = new RuleBasedClaimExtractor();
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 10, 30);
    private static final String LABELS = fixture("labels-headings-boilerplate.txt");
    private static final String DATELINES = fixture("datelines-quotes-abbreviations.txt");

    private static String fixture(String name) {
        try (InputStream in = RuleBasedClaimExtractorTest.class.getResourceAsStream("/fixtures/claims/" + name)) {
            return new TextNormalizer().normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(String text) {
        return EXTRACTOR.extract(text, PUBLISHED).stream().map(ExtractedClaim::text).toList();
    }

    @Test
    void headingLineIsNotAClaim() {
        assertThat(texts(LABELS)).noneMatch(t -> t.contains("Background") || t.contains("What Comes Next")
                || t.contains("Global Impact"));
    }

    @Test
    void aSentenceFullOfNamesIsNoHeading() {
        assertThat(texts("President Recep Tayyip Erdoğan met Łukasz Nowak in Ankara on Monday.\n\n"
                + "Prime Minister Keir Starmer Welcomes President Emmanuel Macron to London\n"))
                .containsExactly("President Recep Tayyip Erdoğan met Łukasz Nowak in Ankara on Monday.");
    }

    @Test
    void aThreeWordStatementIsAClaimButAFragmentIsNot() {
        assertThat(texts("Seven wagons left the rails near the station. Nobody was hurt. He said so. Police declined comment."))
                .containsExactly("Seven wagons left the rails near the station.", "Nobody was hurt.", "Police declined comment.");
    }

    @Test
    void summaryLabelIsStrippedAndItsTrailingCommaDropped() {
        assertThat(texts(LABELS).get(0)).isEqualTo("Despite weeks of rumours, no trade summit will take place "
                + "during the minister’s European visit, officials confirmed.");
    }

    @Test
    void labelAloneAndBylineAreNotClaims() {
        assertThat(texts(LABELS)).noneMatch(t -> t.startsWith("Article") || t.startsWith("By "));
    }

    @Test
    void datelineIsStrippedAndTheSentenceKept() {
        assertThat(texts(LABELS)).contains("The European Commission said on Tuesday that talks with the U.S. "
                + "delegation had stalled over steel tariffs.");
        assertThat(texts(DATELINES).get(0))
                .isEqualTo("Gov. Maria Lopez signed the bill at 4 a.m. on Thursday after a 12-hour session.");
    }

    @Test
    void boilerplateIsNotAClaim() {
        assertThat(texts(LABELS)).noneMatch(t -> t.contains("Read more") || t.contains("rights reserved")
                || t.contains("Sign up"));
        assertThat(texts(DATELINES)).noneMatch(t -> t.contains("Reporting by"));
    }

    @Test
    void semicolonJoinedFactsBecomeTwoClaims() {
        assertThat(texts(LABELS)).contains(
                "The dispute began in June 2019, when Washington imposed duties of 25 percent on imported steel",
                "Brussels answered with tariffs on motorcycles and bourbon.");
    }

    @Test
    void commaAndWithNewSubjectAndVerbSplits() {
        assertThat(texts(LABELS)).contains("Exporters in Germany lost at least $4 million in orders last year",
                "several plants in Bavaria have cut shifts since the spring.");
    }

    @Test
    void anAdverbBetweenTheNewSubjectAndItsVerbStillSplits() {
        String plain = "The club held exclusive talks with the striker for two weeks, but they declined to make "
                + "an offer during that time.";
        String hedged = plain.replace("they declined", "they reportedly declined");
        assertThat(texts(plain)).containsExactly("The club held exclusive talks with the striker for two weeks",
                "they declined to make an offer during that time.");
        assertThat(texts(hedged)).containsExactly("The club held exclusive talks with the striker for two weeks",
                "they reportedly declined to make an offer during that time.");
    }

    @Test
    void listJoinedWithCommaAndStaysOneClaim() {
        assertThat(texts(LABELS)).contains(
                "The minister visited Poland, Austria, and the Czech Republic during the same week.");
    }

    @Test
    void listWhoseLastItemOpensTheVerbStaysOneClaim() {
        String text = "The minister's five-day journey through Poland, Austria, and the Czech Republic included "
                + "talks with the president of the European Commission.";
        assertThat(EXTRACTOR.extract(text, PUBLISHED)).extracting(ExtractedClaim::text).containsExactly(text);
    }

    @Test
    void quotationSpanningSentencesIsOneQuoteClaim() {
        ExtractedClaim quote = EXTRACTOR.extract(DATELINES, PUBLISHED).get(1);
        assertThat(quote.text()).isEqualTo("“We did not get everything we wanted. But this is a start,” Lopez said.");
        assertThat(quote.kind()).isEqualTo(ClaimKind.QUOTE);
    }

    @Test
    void initialsAndTitlesDoNotBreakAClaim() {
        assertThat(texts(DATELINES)).contains("Sen. J. R. Smith voted against the measure.");
    }

    @Test
    void analystsJudgementIsOpinionAndReportedFactIsFact() {
        List<ExtractedClaim> claims = EXTRACTOR.extract(LABELS, PUBLISHED);
        assertThat(claims).filteredOn(c -> c.text().startsWith("Analysts note"))
                .extracting(ExtractedClaim::kind).containsExactly(ClaimKind.OPINION);
        assertThat(claims).filteredOn(c -> c.text().startsWith("Brussels answered"))
                .extracting(ExtractedClaim::kind).containsExactly(ClaimKind.FACT);
    }

    @Test
    void everyClaimIsExactlyItsSpanOfTheTextAndIndexedInOrder() {
        for (String text : List.of(LABELS, DATELINES)) {
            List<ExtractedClaim> claims = EXTRACTOR.extract(text, PUBLISHED);
            for (int i = 0; i < claims.size(); i++) {
                ExtractedClaim claim = claims.get(i);
                assertThat(text.substring(claim.start(), claim.end())).isEqualTo(claim.text());
                assertThat(claim.index()).isEqualTo(i);
            }
        }
    }

    @Test
    void fixturesGiveTheExpectedNumberOfClaims() {
        assertThat(texts(LABELS)).hasSize(9);
        assertThat(texts(DATELINES)).hasSize(3);
    }

    @Test
    void claimsCarryTheirAnnotations() {
        ExtractedClaim money = EXTRACTOR.extract(LABELS, PUBLISHED).stream()
                .filter(c -> c.text().startsWith("Exporters")).findFirst().orElseThrow();
        assertThat(money.annotations().numbers()).singleElement()
                .satisfies(n -> assertThat(n.value()).isEqualTo(4_000_000))
                .satisfies(n -> assertThat(n.unit()).isEqualTo("usd"))
                .satisfies(n -> assertThat(n.qualifier()).isEqualTo("at least"));
        assertThat(money.annotations().dates()).extracting(ClaimAnnotations.DateMention::value).containsExactly("2024");
    }
}
