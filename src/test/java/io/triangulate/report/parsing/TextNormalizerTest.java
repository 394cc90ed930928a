package io.triangulate.report.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void windowsAndOldMacLineEndsBecomeLineFeeds() {
        assertThat(normalizer.normalize("One.\r\nTwo.\rThree.")).isEqualTo("One.\nTwo.\nThree.");
    }

    @Test
    void byteOrderMarkAndZeroWidthSpacesAreRemoved() {
        assertThat(normalizer.normalize("\uFEFFStorm\u200B hits.")).isEqualTo("Storm hits.");
    }

    @Test
    void nonBreakingAndOddSpacesBecomeOneSpace() {
        assertThat(normalizer.normalize("Storm\u00A0\u2009 hits\u3000coast.")).isEqualTo("Storm hits coast.");
    }

    @Test
    void tabsBecomeSpacesAndOtherControlCharactersGo() {
        assertThat(normalizer.normalize("Storm\thits\u0007 coast.\u0000")).isEqualTo("Storm hits coast.");
    }

    @Test
    void trailingAndLeadingSpacesOfEachLineAreTrimmed() {
        assertThat(normalizer.normalize("  Storm hits.   \n  Two dead.  ")).isEqualTo("Storm hits.\nTwo dead.");
    }

    @Test
    void blankLinesCollapseIntoOneParagraphBreak() {
        assertThat(normalizer.normalize("\n\nStorm hits.\n\n\n \nTwo dead.\n\n")).isEqualTo("Storm hits.\nTwo dead.");
    }

    @Test
    void curlyQuotesApostrophesAndDashesAreKept() {
        String text = "Summary – Trump’s “so busy” schedule — again.";
        assertThat(normalizer.normalize(text)).isEqualTo(text);
    }

    @Test
    void decomposedAccentsAreComposed() {
        assertThat(normalizer.normalize("Cafe\u0301 owners")).isEqualTo("Café owners");
    }

    @Test
    void nullBecomesEmptyText() {
        assertThat(normalizer.normalize(null)).isEmpty();
    }
}
