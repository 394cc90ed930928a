package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import io.triangulate.report.parsing.TaggedToken;
import io.triangulate.report.parsing.TokenTagger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two names news reports use for one office agree; two offices differ. */
class RoleNamesTest {

    private static final TokenTagger TAGGER = new TokenTagger();

    @Test
    void twoNamesOfOneOfficeAgree() {
        assertThat(judge("The company's chief executive resigned on Monday.",
                "The company's top executive resigned on Monday.")).isEmpty();
        assertThat(judge("The foreign minister arrived in Paris on Monday.",
                "The foreign secretary arrived in Paris on Monday.")).isEmpty();
        assertThat(judge("Police officers searched the house on Monday.",
                "Law enforcement searched the house on Monday."))
                .isEmpty();
    }

    @Test
    void twoOfficesAreADifferenceThoughWordNetCallsTheirWordsOpposites() {
        List<Difference> found = judge("The foreign minister arrived in Paris on Monday.",
                "The interior minister arrived in Paris on Monday.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.OTHER);
        assertThat(found.get(0).values()).containsEntry(1L, "foreign minister").containsEntry(2L, "interior minister");
        assertThat(judge("The bank's chief executive resigned on Monday.",
                "The bank's chief financial officer resigned on Monday.")).extracting(Difference::kind)
                .containsExactly(DifferenceKind.OTHER);
    }

    @Test
    void theLongestNameHoldingAWordIsItsOfficeWhateverItsCase() {
        String text = "The Chief Executive Officer left.";
        ClaimView view = new ClaimView(RuleBasedFactJudgeTest.claim(1, text), TAGGER.tag(text));
        TaggedToken executive = view.tokens().stream().filter(t -> t.text().equals("Executive")).findFirst()
                .orElseThrow();
        RoleNames.Name name = RoleNames.find(view, executive);
        assertThat(name).isNotNull();
        assertThat(text.substring(name.start(), name.end())).isEqualTo("Chief Executive Officer");
        String other = "The chief engineer left.";
        ClaimView engineer = new ClaimView(RuleBasedFactJudgeTest.claim(1, other), TAGGER.tag(other));
        assertThat(RoleNames.find(engineer, engineer.tokens().get(1))).isNull();
    }

    @Test
    void aLetterWhoseLowerCaseIsLongerDoesNotShiftTheNames() {
        assertThat(judge("The İzmir firm's chief executive resigned on Monday.",
                "The İzmir firm's chief financial officer resigned on Monday.")).extracting(Difference::values)
                .containsExactly(Map.of(1L, "chief executive", 2L, "chief financial officer"));
    }
}
