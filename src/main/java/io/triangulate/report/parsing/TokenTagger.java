package io.triangulate.report.parsing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Tokenises a short text (a sentence or a claim) and tags each token with its part of speech and
 * lemma. Thread-safe: the non-thread-safe OpenNLP tools are created per call, which is cheap next
 * to the shared models.
 */
public final class TokenTagger {

    /**
     * The tagger and lemmatizer's beam search copies its whole history at every token, so its cost
     * grows with the square of a sentence's length; a run-on "sentence" of thousands of words (a
     * pasted list, a document without full stops) would hold a request for minutes. Real sentences
     * stay far below this, and longer ones are tagged in windows of this many tokens.
     */
    static final int WINDOW = 120;

    private final NlpModels models;

    public TokenTagger() {
        this(NlpModels.shared());
    }

    public TokenTagger(NlpModels models) {
        this.models = models;
    }

    /** The tokens of {@code text}, offsets relative to {@code text}. */
    public List<TaggedToken> tag(String text) {
        List<Span> spans = splitClitics(text, new TokenizerME(models.tokens()).tokenizePos(text));
        String[] words = Span.spansToStrings(spans.toArray(new Span[0]), text);
        String[] tags = new String[words.length];
        String[] lemmas = new String[words.length];
        POSTaggerME tagger = new POSTaggerME(models.partsOfSpeech());
        LemmatizerME lemmatizer = new LemmatizerME(models.lemmas());
        for (int from = 0; from < words.length; from += WINDOW) {
            String[] window = Arrays.copyOfRange(words, from, Math.min(words.length, from + WINDOW));
            String[] windowTags = tagger.tag(window);
            System.arraycopy(windowTags, 0, tags, from, window.length);
            System.arraycopy(lemmatizer.lemmatize(window, windowTags), 0, lemmas, from, window.length);
        }
        List<TaggedToken> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            Span span = spans.get(i);
            tokens.add(new TaggedToken(words[i], span.getStart(), span.getEnd(), tags[i], lemma(words[i], lemmas[i])));
        }
        return tokens;
    }

    private static String lemma(String word, String lemma) {
        boolean unknown = lemma == null || lemma.isBlank() || "_".equals(lemma) || "O".equals(lemma);
        return (unknown ? word : lemma).toLowerCase(Locale.ROOT);
    }

    // The UD tokenizer leaves curly-apostrophe clitics on the word ("Trump’s", "don’t"), which
    // then gets tagged as a verb; splitting them off gives the tagger the words it was trained on.
    private static List<Span> splitClitics(String text, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length + 4);
        for (Span span : spans) {
            String word = span.getCoveredText(text).toString();
            int cut = cliticStart(word);
            if (cut > 0) {
                out.add(new Span(span.getStart(), span.getStart() + cut));
                out.add(new Span(span.getStart() + cut, span.getEnd()));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    private static int cliticStart(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() > 3 && (lower.endsWith("n’t") || lower.endsWith("n't"))) {
            return word.length() - 3;
        }
        if (lower.length() > 2 && (lower.endsWith("’s") || lower.endsWith("'s"))) {
            return word.length() - 2;
        }
        return -1;
    }
}
