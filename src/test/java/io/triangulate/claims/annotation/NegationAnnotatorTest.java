package io.triangulate.claims.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.claims.ClaimAnnotations.Cue;
import io.triangulate.report.parsing.TokenTagger;
import java.util.List;
import org.junit.jupiter.api.Test;

class NegationAnnotatorTest {

    private static final TokenTagger TAGGER = new TokenTagger();

    private static List<String> lemmas(String text) {
        return new NegationAnnotator().negations(text, TAGGER.tag(text)).stream().map(Cue::lemma).toList();
    }

    @Test
    void determinerNoIsANegation() {
        assertThat(lemmas("A senior US official said no such meeting is scheduled.")).containsExactly("no");
    }

    @Test
    void contractedNotCountsAsNot() {
        assertThat(lemmas("The talks didn’t resume.")).containsExactly("not");
    }

    @Test
    void neitherNorAndWithoutAreNegations() {
        assertThat(lemmas("Locals were neither hopeful nor negative, and he left without a deal."))
                .containsExactly("neither", "nor", "without");
    }

    @Test
    void aDecisionAgainstIsANegation() {
        assertThat(lemmas("Larger publishers decided against pursuing the group.")).containsExactly("decide against");
        assertThat(lemmas("The senators voted against the bill.")).containsExactly("vote against");
    }

    @Test
    void aQuoteMarkInsideACueDoesNotBreakIt() {
        assertThat(lemmas("They concluded that the film failed \u201cto present a balanced portrayal\u201d of the couple."))
                .containsExactly("fail to");
    }

    @Test
    void negatingVerbsAndNounsAreRecordedByLemma() {
        assertThat(lemmas("Officials denied the report after the lack of a reply.")).containsExactly("deny", "lack of");
        assertThat(lemmas("The ministry refused to comment and failed to respond."))
                .containsExactly("refuse", "fail to");
    }

    @Test
    void noLongerIsOneCue() {
        assertThat(lemmas("The plant is no longer operating.")).containsExactly("no longer");
    }

    @Test
    void affirmativeClaimHasNoNegation() {
        assertThat(lemmas("The summit took place in Hanoi.")).isEmpty();
    }
}
