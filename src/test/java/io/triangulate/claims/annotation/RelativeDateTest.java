package io.triangulate.claims.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelativeDateTest {

    @Test
    void wordsCountedFromTheDayOfWritingGiveAUnitAndAnOffset() {
        assertThat(RelativeDate.parse("Yesterday")).isEqualTo(new RelativeDate("day", -1));
        assertThat(RelativeDate.parse("tonight")).isEqualTo(new RelativeDate("day", 0));
        assertThat(RelativeDate.parse("last week")).isEqualTo(new RelativeDate("week", -1));
        assertThat(RelativeDate.parse("next year")).isEqualTo(new RelativeDate("year", 1));
    }

    @Test
    void otherWordsAreNoRelativeDate() {
        assertThat(RelativeDate.parse("Tuesday")).isNull();
        assertThat(RelativeDate.parse("last time")).isNull();
    }
}
