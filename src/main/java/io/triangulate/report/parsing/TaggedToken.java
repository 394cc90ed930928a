package io.triangulate.report.parsing;

/**
 * A word or punctuation mark with its place in the analysed text, its Universal Dependencies
 * part of speech ({@code NOUN}, {@code PROPN}, {@code VERB}, {@code AUX}, ...) and its lower-case
 * lemma.
 */
public record TaggedToken(String text, int start, int end, String pos, String lemma) {

    public boolean isPunctuation() {
        return "PUNCT".equals(pos) || "SYM".equals(pos);
    }

    public boolean isVerb() {
        return "VERB".equals(pos) || "AUX".equals(pos);
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** The token in lower case, for matching cue words regardless of position. */
    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
