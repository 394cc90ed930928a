package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ranks ("first", "2nd") and figures written with their unit in one word ("40C"). */
class RanksTest {

    @Test
    void firstAgainstSecondIsANumberDifference() {
        List<Difference> found = judge("The team finished first in the league.", "The team finished second in the league.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
        assertThat(found.get(0).values()).isEqualTo(Map.of(1L, "first", 2L, "second"));
    }

    @Test
    void aRankWrittenInWordsOrDigitsIsOneRank() {
        assertThat(judge("Captain Ramsey of the First Armored Division said the truck exploded.",
                "Captain Ramsey of the 1st Armored Division said the truck exploded.")).isEmpty();
    }

    @Test
    void aRankKeepsItsValueWhateverNounFollowsIt() {
        assertThat(judge("The firm said it has its first customer for the licence.",
                "The firm said it has signed its first enterprise customer for the licence.")).isEmpty();
    }

    @Test
    void aTemperatureWrittenInOneWordIsOneFigure() {
        List<Difference> found = judge("The temperature reached 40C on Saturday.", "The temperature reached 35C on Saturday.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.NUMBER);
    }
}
