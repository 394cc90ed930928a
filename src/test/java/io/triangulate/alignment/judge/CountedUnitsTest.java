package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.kinds;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.DifferenceKind;
import org.junit.jupiter.api.Test;

/** Figures counting the same things under another spelling or a wider noun are compared. */
class CountedUnitsTest {

    @Test
    void britishSpellingCountsTheSameThings() {
        assertThat(kinds("The rowing club has won 9 honours at home.", "The rowing club has won 11 honors at home."))
                .containsExactly(DifferenceKind.NUMBER);
        assertThat(kinds("The rowing club has won 9 honours at home.", "The rowing club has won 9 honors at home."))
                .isEmpty();
    }

    @Test
    void aSpelledOutMillionIsAFigure() {
        assertThat(kinds("The festival drew a million visitors.", "The festival drew a hundred visitors."))
                .containsExactly(DifferenceKind.NUMBER);
        assertThat(kinds("The festival drew a million visitors.", "The festival drew 1,000,000 visitors.")).isEmpty();
    }

    @Test
    void widerNounCountsTheSameThings() {
        assertThat(kinds("The bakery chain employs 1,200 workers.", "The bakery chain employs 1,900 people."))
                .contains(DifferenceKind.NUMBER);
    }

    @Test
    void boundOnOneSpellingAgainstTheFigureOnTheOtherIsAQuantifierDifference() {
        assertThat(kinds("The rowing club has won fewer than 9 honours.", "The rowing club has won 9 honors."))
                .containsExactly(DifferenceKind.QUANTIFIER);
    }

    @Test
    void differentThingsCountedAreNotCompared() {
        assertThat(kinds("The ward reported 40 infections and 12 recoveries.",
                "The ward reported 12 recoveries and 40 infections.")).isEmpty();
    }
}
