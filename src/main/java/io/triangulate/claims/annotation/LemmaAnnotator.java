package io.triangulate.claims.annotation;

import io.triangulate.report.parsing.TaggedToken;
import java.util.ArrayList;
import java.util.List;

/** The lower-case lemmas of a claim's content words, in order: what word overlap is measured on. */
public final class LemmaAnnotator {

    public List<String> lemmas(List<TaggedToken> tokens) {
        List<String> lemmas = new ArrayList<>();
        for (TaggedToken token : tokens) {
            boolean content = !token.isPunctuation() && token.text().chars().anyMatch(Character::isLetterOrDigit);
            if (content && !StopWords.contains(token.lower()) && !StopWords.contains(token.lemma())) {
                lemmas.add(token.lemma());
            }
        }
        return lemmas;
    }
}
