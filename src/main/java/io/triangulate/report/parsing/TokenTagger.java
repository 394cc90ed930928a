package io.triangulate.report.parsing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Tokenises a short text (a sentence or a claim) and tags each token with its part of speech and
 * lemma. Thread-safe: the OpenNLP tools, which are not, are made once per thread over the shared
 * models (making a part-of-speech tagger reads its feature descriptor, which costs as much as
 * tagging a sentence).
 */
public final class TokenTagger {

    /**
     * The tagger and lemmatizer's beam search copies its whole history at every token, so its cost
     * grows with the square of a sentence's length; a run-on "sentence" of thousands of words (a
     * pasted list, a document without full stops) would hold a request for minutes. Real sentences
     * stay far below this, and longer ones are tagged in windows of this many tokens.
     */
    static final int WINDOW = 120;

    private final ThreadLocal<Tools> tools;

    public TokenTagger() {
        this(NlpModels.shared());
    }

    public TokenTagger(NlpModels models) {
        this.tools = ThreadLocal.withInitial(() -> new Tools(new TokenizerME(models.tokens()),
                new POSTaggerME(models.partsOfSpeech()), new LemmatizerME(models.lemmas())));
    }

    private record Tools(TokenizerME tokenizer, POSTaggerME tagger, LemmatizerME lemmatizer) {
    }

    /** The tokens of {@code text}, offsets relative to {@code text}. */
    public List<TaggedToken> tag(String text) {
        Tools tool = tools.get();
        List<Span> spans = splitClitics(text, tool.tokenizer().tokenizePos(text));
        String[] words = Span.spansToStrings(spans.toArray(new Span[0]), text);
        String[] tags = new String[words.length];
        String[] lemmas = new String[words.length];
        for (int from = 0; from < words.length; from += WINDOW) {
            String[] window = Arrays.copyOfRange(words, from, Math.min(words.length, from + WINDOW));
            String[] windowTags = namesReadAsPronouns(window, tool.tagger().tag(window));
            System.arraycopy(windowTags, 0, tags, from, window.length);
            System.arraycopy(tool.lemmatizer().lemmatize(window, windowTags), 0, lemmas, from, window.length);
        }
        List<TaggedToken> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            Span span = spans.get(i);
            tokens.add(new TaggedToken(words[i], span.getStart(), span.getEnd(), tags[i], lemma(words[i], lemmas[i])));
        }
        return tokens;
    }

    /**
     * The tagger reads some unknown names as pronouns ("in Thessaloniki"); pronouns are a closed
     * class, so a capitalised "pronoun" that is none is a proper noun. Prepositions are a closed
     * class too.
     */
    private static String[] namesReadAsPronouns(String[] words, String[] tags) {
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if ("PRON".equals(tags[i]) && !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                    && !PRONOUNS.contains(word.toLowerCase(Locale.ROOT))) {
                tags[i] = "PROPN";
            }
        }
        // and the other way: a capitalised preposition opening the sentence read as a name ("Between 2010 and 2012")
        if (words.length > 1 && "PROPN".equals(tags[0]) && PREPOSITIONS.contains(words[0].toLowerCase(Locale.ROOT))) {
            tags[0] = "ADP";
        }
        return tags;
    }

    private static final Set<String> PREPOSITIONS = Set.of("between", "after", "before", "during", "despite",
            "since", "until", "under", "over", "among", "amid", "following", "within", "without", "through",
            "throughout", "across", "against", "at", "by", "for", "from", "in", "into", "of", "on", "to", "with");

    private static final Set<String> PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they", "me", "him",
            "her", "us", "them", "my", "your", "his", "its", "our", "their", "mine", "yours", "hers", "ours",
            "theirs", "myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves",
            "this", "that", "these", "those", "who", "whom", "whose", "which", "what", "whoever", "whatever",
            "whichever", "anyone", "anybody", "anything", "someone", "somebody", "something", "everyone",
            "everybody", "everything", "nobody", "nothing", "none", "each", "all", "both", "few", "many", "several",
            "some", "any", "one", "other", "another", "such", "either", "neither", "most", "much", "more", "less",
            "there", "here", "oneself", "no-one");

    private static String lemma(String word, String lemma) {
        boolean unknown = lemma == null || lemma.isBlank() || "_".equals(lemma) || "O".equals(lemma);
        return (unknown ? word : lemma).toLowerCase(Locale.ROOT);
    }

    // The UD tokenizer leaves curly-apostrophe clitics on the word ("Trump’s", "don’t"), and the
    // apostrophe of a plural possessive ("dollars'"), which then gets tagged as a verb or punctuation; splitting them off gives the tagger the words it was trained on.
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
        // the possessive of a plural ("dollars' worth", "the officers’ weapons")
        if (lower.length() > 2 && lower.charAt(lower.length() - 2) == 's'
                && (lower.endsWith("s’") || lower.endsWith("s'"))) {
            return word.length() - 1;
        }
        return -1;
    }
}
