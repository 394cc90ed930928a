package io.triangulate.report.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private static List<String> sentences(String text) {
        return SPLITTER.split(text).stream().map(span -> span.of(text)).toList();
    }

    @Test
    void monthAbbreviationBeforeDayDoesNotEndSentence() {
        assertThat(sentences("The talks began on Jan. 5 in Geneva. They ended a week later."))
                .containsExactly("The talks began on Jan. 5 in Geneva.", "They ended a week later.");
    }

    @Test
    void dottedCountryAbbreviationInsideSentenceDoesNotEndIt() {
        assertThat(sentences("The U.S. envoy met U.S. President Biden. Nothing was agreed."))
                .containsExactly("The U.S. envoy met U.S. President Biden.", "Nothing was agreed.");
    }

    @Test
    void dottedAbbreviationBeforeSentenceOpenerEndsSentence() {
        assertThat(sentences("Exports fell to the U.S. The decline was sharp."))
                .containsExactly("Exports fell to the U.S.", "The decline was sharp.");
    }

    @Test
    void titlesAndInitialsStayWithTheName() {
        assertThat(sentences("Mr. Smith met Gov. Jones and J. R. Smith in St. Louis. They talked."))
                .containsExactly("Mr. Smith met Gov. Jones and J. R. Smith in St. Louis.", "They talked.");
    }

    @Test
    void clockAbbreviationMidSentenceDoesNotEndIt() {
        assertThat(sentences("He arrived at 4 a.m. in Seoul and left at 5 p.m. Then he flew home."))
                .containsExactly("He arrived at 4 a.m. in Seoul and left at 5 p.m.", "Then he flew home.");
    }

    @Test
    void numberAbbreviationAndDecimalsStayInside() {
        assertThat(sentences("Unemployment rose 1.5 percent. No. 3 on the list was Ohio."))
                .containsExactly("Unemployment rose 1.5 percent.", "No. 3 on the list was Ohio.");
    }

    @Test
    void decimalNumberEndingASentenceEndsIt() {
        assertThat(sentences("The strongest was of magnitude 5.4. Peru sits on the Ring of Fire. Growth was 2.5 percent."))
                .containsExactly("The strongest was of magnitude 5.4.", "Peru sits on the Ring of Fire.",
                        "Growth was 2.5 percent.");
    }

    @Test
    void closingQuoteAfterThePeriodBelongsToTheSentence() {
        assertThat(sentences("He said it was “a good day.” Others disagreed."))
                .containsExactly("He said it was “a good day.”", "Others disagreed.");
    }

    @Test
    void quotationOfSeveralSentencesIsKeptWhole() {
        assertThat(sentences("“We are done. We are leaving,” she said. The door closed."))
                .containsExactly("“We are done. We are leaving,” she said.", "The door closed.");
    }

    @Test
    void headingLineIsNeverJoinedToTheParagraphAfterIt() {
        assertThat(sentences("What Comes Next\nThe lack of a meeting does not rule out talks."))
                .containsExactly("What Comes Next", "The lack of a meeting does not rule out talks.");
    }

    @Test
    void spansPointIntoTheWholeText() {
        String text = "First paragraph.\nSecond one. Third one.";
        assertThat(SPLITTER.split(text)).containsExactly(new TextSpan(0, 16), new TextSpan(17, 28),
                new TextSpan(29, 39));
    }
}
