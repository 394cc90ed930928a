package io.triangulate.claims.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.report.parsing.TokenTagger;
import java.util.List;
import org.junit.jupiter.api.Test;

class LemmaAnnotatorTest {

    private static final TokenTagger TAGGER = new TokenTagger();

    private static List<String> lemmas(String text) {
        return new LemmaAnnotator().lemmas(TAGGER.tag(text));
    }

    @Test
    void contentWordsAreLemmatisedInLowerCase() {
        assertThat(lemmas("Officials denied the reports.")).containsExactly("official", "deny", "report");
    }

    @Test
    void stopWordsAndPunctuationAreLeftOut() {
        assertThat(lemmas("It was in the house, and it is.")).containsExactly("house");
    }

    @Test
    void possessiveCliticIsNotALemma() {
        assertThat(lemmas("Trump’s tour ended.")).containsExactly("trump", "tour", "end");
    }
}
