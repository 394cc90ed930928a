package io.triangulate.claims;

import java.util.Locale;
import java.util.Set;

/**
 * Title Case: the words of four letters or more are capitalised ("Reactions from the World Stage").
 * In such a line capitals do not mark names, so the tagger's names there are not to be trusted.
 */
public final class TitleCase {

    /** Share of capitalised long words from which a line reads as a headline, one lower-case "that" allowed. */
    private static final double MOSTLY = 0.75;

    /**
     * The short words Title Case leaves in lower case: articles, conjunctions, prepositions and the
     * particles of names ("bin", "van"). Any other short word in lower case ("met", "won", "is") is
     * a sentence's, as in "President Recep Tayyip Erdoğan met Łukasz Nowak in Ankara on Monday."
     */
    private static final Set<String> MINOR = Set.of("a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet",
            "as", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via", "vs", "v", "de", "la", "le", "da",
            "di", "du", "van", "von", "der", "den", "del", "bin", "al", "el");

    private TitleCase() {
    }

    /** @return whether every long word is capitalised (at least two) and every short one is minor or capitalised */
    static boolean of(String[] words) {
        int[] counts = counts(words);
        return counts[0] >= 2 && counts[1] == counts[0] && !hasLowerCaseShortWord(words);
    }

    private static boolean hasLowerCaseShortWord(String[] words) {
        for (String word : words) {
            String letters = word.replaceAll("[^\\p{L}]", "");
            if (!letters.isEmpty() && letters.length() < 4 && Character.isLowerCase(letters.codePointAt(0))
                    && !MINOR.contains(letters.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** @return whether at least three quarters of the long words (at least three) are capitalised */
    public static boolean mostly(String text) {
        int[] counts = counts(text.split("\\s+"));
        return counts[0] >= 3 && counts[1] >= MOSTLY * counts[0];
    }

    // long words, capitalised long words
    private static int[] counts(String[] words) {
        int[] counts = new int[2];
        for (String word : words) {
            String letters = word.replaceAll("[^\\p{L}]", "");
            if (letters.length() >= 4) {
                counts[0]++;
                counts[1] += Character.isUpperCase(letters.codePointAt(0)) ? 1 : 0;
            }
        }
        return counts;
    }
}
