package io.triangulate.report.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenTaggerTest {

    private static final TokenTagger TAGGER = new TokenTagger();

    private static TaggedToken token(String text, String word) {
        List<TaggedToken> tokens = TAGGER.tag(text);
        return tokens.stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow();
    }

    @Test
    void theApostropheOfAPluralPossessiveIsATokenOfItsOwn() {
        List<String> words = TAGGER.tag("Nearly 100 billion dollars' worth of trade passes.").stream()
                .map(TaggedToken::text).toList();
        assertThat(words).containsSubsequence("dollars", "'", "worth");
        assertThat(token("The officers’ weapons were taken.", "officers").pos()).isEqualTo("NOUN");
    }

    @Test
    void aCapitalisedWordReadAsAPronounIsAName() {
        assertThat(token("A boy was shot in Thessaloniki on Saturday.", "Thessaloniki").pos()).isEqualTo("PROPN");
        assertThat(token("They said It was over.", "They").pos()).isEqualTo("PRON");
    }

    @Test
    void aPrepositionOpeningTheSentenceIsNoName() {
        assertThat(token("Between 2010 and 2012 Carroll played nine matches for England.", "Between").pos())
                .isEqualTo("ADP");
    }
}
