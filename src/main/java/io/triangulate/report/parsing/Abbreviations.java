package io.triangulate.report.parsing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a full stop that ends one sentence candidate really belongs to an abbreviation
 * the next candidate continues. News style guides (AP, Reuters) use a small, closed set of
 * abbreviations, so a list is more reliable here than the statistical model, which was trained
 * on web text with few of them.
 */
final class Abbreviations {

    // Titles are always followed by a name, never the end of a sentence.
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen",
            "lt", "col", "capt", "sgt", "prof", "rev", "st", "mt", "ft", "pres", "supt", "cmdr", "adm", "maj",
            "hon", "messrs", "sens", "reps", "gens", "cpl", "pvt", "atty", "insp", "det");
    // These end a sentence only when no number follows ("Jan. 5", "No. 3", "Fig. 2").
    private static final Set<String> BEFORE_NUMBERS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "no", "nos", "vol", "fig", "art", "p", "pp", "ch", "sec", "approx",
            "ca", "est");
    // Words that typically open a new sentence; after "U.S." they mean the abbreviation ended it.
    private static final Set<String> SENTENCE_OPENERS = Set.of("the", "a", "an", "he", "she", "it", "they", "we",
            "i", "you", "this", "that", "these", "those", "but", "and", "or", "so", "yet", "in", "on", "at", "for",
            "as", "if", "when", "while", "after", "before", "since", "there", "its", "his", "her", "their", "our",
            "meanwhile", "however", "still", "also", "then", "officials", "some", "many", "no");
    private static final Set<String> TIME_FOLLOWERS = Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "et", "est", "edt", "gmt", "utc", "bst", "cet", "pt", "pst", "local");
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.){2,}");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");

    private Abbreviations() {
    }

    /**
     * @param lastWord  the whitespace-delimited word that ends the previous candidate, with its stop
     * @param nextStart the text of the following candidate
     */
    static boolean continuesAfter(String lastWord, String nextStart) {
        String next = nextStart.strip();
        if (next.isEmpty() || !lastWord.endsWith(".")) {
            return false;
        }
        int first = next.codePointAt(0);
        if (Character.isLowerCase(first)) {
            return true;
        }
        String bare = lastWord.replaceFirst("^[\\p{Ps}\\p{Pi}\"']+", "");
        String key = bare.substring(0, bare.length() - 1).toLowerCase(Locale.ROOT);
        if (TITLES.contains(key)) {
            return true;
        }
        if (Character.isDigit(first)) {
            return BEFORE_NUMBERS.contains(key) || DOTTED.matcher(bare).matches();
        }
        if (INITIAL.matcher(bare).matches()) {
            return Character.isUpperCase(first);
        }
        return DOTTED.matcher(bare).matches() && continuesAfterDotted(key, firstWord(next));
    }

    /** True when {@code word} typically opens a sentence, so an abbreviation before it ended one. */
    static boolean opensSentence(String word) {
        return SENTENCE_OPENERS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean continuesAfterDotted(String key, String nextWord) {
        if (key.equals("a.m") || key.equals("p.m")) {
            return TIME_FOLLOWERS.contains(nextWord);
        }
        return !SENTENCE_OPENERS.contains(nextWord);
    }

    private static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
