package io.triangulate.claims;

/**
 * Title Case: the words of four letters or more are capitalised ("Reactions from the World Stage").
 * In such a line capitals do not mark names, so the tagger's names there are not to be trusted.
 */
public final class TitleCase {

    /** Share of capitalised long words from which a line reads as a headline, one lower-case "that" allowed. */
    private static final double MOSTLY = 0.75;

    private TitleCase() {
    }

    /** @return whether every long word is capitalised (at least two) */
    static boolean of(String[] words) {
        int[] counts = counts(words);
        return counts[0] >= 2 && counts[1] == counts[0];
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
