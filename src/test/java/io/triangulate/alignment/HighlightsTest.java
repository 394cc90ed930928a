package io.triangulate.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    private static String marked(String text, String... words) {
        StringBuilder out = new StringBuilder();
        for (Highlights.Run run : Highlights.of(text, List.of(words))) {
            out.append(run.marked() ? "[" + run.text() + "]" : run.text());
        }
        return out.toString();
    }

    @Test
    void marksTheDifferingWordsWhereTheyStand() {
        assertThat(marked("Trump's five-day journey through Asia", "five-day"))
                .isEqualTo("Trump's [five-day] journey through Asia");
    }

    @Test
    void ignoresCaseButOnlyMarksWholeWords() {
        assertThat(marked("May says the plan may change in Mayfield", "may"))
                .isEqualTo("[May] says the plan [may] change in Mayfield");
    }

    @Test
    void overlappingPhrasesMergeIntoOneMark() {
        assertThat(marked("an upcoming tour of Asia", "upcoming tour", "tour of Asia"))
                .isEqualTo("an [upcoming tour of Asia]");
    }

    @Test
    void wordsTheClaimDoesNotUseLeaveItUnmarked() {
        assertThat(marked("Officials said 12 died", "a filmmaker", "", " ")).isEqualTo("Officials said 12 died");
        assertThat(Highlights.of("", List.of("x"))).isEmpty();
    }
}
