package io.triangulate.alignment.judge;

import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.ClaimInput;
import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import io.triangulate.claims.annotation.ClaimAnnotator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sentence one report states whole and the other in two claims: each part is read against the whole. */
class SplitSentencesTest {

    private static final ClaimAnnotator ANNOTATOR = new ClaimAnnotator();
    private static final RuleBasedFactJudge JUDGE = new RuleBasedFactJudge();

    private static ClaimInput claim(long id, long report, int index, String text) {
        return new ClaimInput(id, report, index, text, ANNOTATOR.annotate(text, null), new float[0]);
    }

    @Test
    void aNegatedShortPartOfASplitSentenceIsReadAgainstTheWhole() {
        List<Difference> found = JUDGE.judge(List.of(
                claim(1, 1, 0, "Page married twice; the first marriage to a navy man lasted from 1943 to 1947, "
                        + "and her second from 1958 to 1963."),
                claim(2, 2, 0, "Page did not marry twice"),
                claim(3, 2, 1, "the first marriage to a navy man lasted from 1943 to 1947, and her second from 1958 to 1963.")));
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.NEGATION);
    }

    @Test
    void twoDetailsOfARepeatedFactAreNotPartsOfTheOtherReportsClaim() {
        // "sixth round" shares too few of its words with the other claim to be a part of it
        assertThat(JUDGE.judge(List.of(
                claim(1, 1, 0, "The champion stopped the challenger in the 11th round in 2008."),
                claim(2, 2, 0, "He stopped him in the sixth round of their first bout."),
                claim(3, 2, 1, "In 2008 the champion stopped the challenger in the 11th round.")))).isEmpty();
    }
}
