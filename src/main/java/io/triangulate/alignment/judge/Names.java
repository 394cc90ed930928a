package io.triangulate.alignment.judge;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * When two ways of writing a name are the same name: one inside the other ("Arena" / "Alex
 * Arena"), an acronym ("U.S." / "United States"), a title ("Mr. Pettigrew"), a spelling variant
 * of a transliterated name ("Qaida" / "Qaeda", "Martínez" / "Martinez", "O'Neill" / "ONeill",
 * "Kyiv" / "Kiev"), a short form of a first name ("Dan" / "Daniel"), or two names WordNet gives
 * one thing ("Christ" / "Jesus", "U.S." / "America") or a country and its adjective ("U.S." /
 * "American").
 */
final class Names {

    // Words an acronym skips: "ADA" for "Americans with Disabilities Act".
    private static final Set<String> FILLERS = Set.of("of", "the", "and", "for", "&", "with", "on", "in", "to", "at");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "prof",
            "sir", "president", "prime", "minister", "judge", "senator", "governor", "general", "st");
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    // Share of a name's letters that may differ in a variant spelling.
    private static final double VARIANT_DISTANCE = 0.2;

    private Names() {
    }

    /**
     * Lower case, accents, titles, "the", possessive "'s" and apostrophes inside a word removed;
     * empty for a bare title.
     */
    static String key(String words) {
        String plain = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[’']s\\b", "").replaceAll("(?<=\\p{L})[’'](?=\\p{L})", "")
                .replace(".", "");
        return Arrays.stream(plain.split("[^\\p{L}\\d&]+")).filter(w -> !w.isEmpty() && !TITLES.contains(w))
                .filter(w -> !w.equals("the")).collect(Collectors.joining(" "));
    }

    /** Whether the other claim mentions the name, whole or as an acronym of its words or vice versa. */
    static boolean mentioned(String name, ClaimView other) {
        return mentioned(name, other, Set.of());
    }

    /**
     * Whether the other claim mentions the name, where a word that is only a spelling variant of it
     * counts unless the name's own claim has that word too: "Russian" in both claims ("the Russian
     * embassy") is a shared word, so "Russia's" swapped for "the U.S.'s" in one is no move.
     */
    static boolean mentioned(String name, ClaimView other, ClaimView own) {
        return mentioned(name, other, Arrays.stream(own.text().split("[\\s,;]+")).map(w -> w.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet()));
    }

    // ownWords: the lower-case words of the name's own claim, whose spelling variants do not count
    private static boolean mentioned(String name, ClaimView other, Set<String> ownWords) {
        String key = key(name);
        if (key.isEmpty() || containsWords(key(other.text()), key)) {
            return true;
        }
        // a short form is a name's, written with a capital: "euros" opens "Eurostat" but is none of it
        return Arrays.stream(other.text().split("[\\s,;]+"))
                .filter(w -> !w.isEmpty())
                .anyMatch(w -> (Character.isUpperCase(w.charAt(0)) ? sameSpelling(key(w), key) : writtenAlike(key(w), key))
                        && !(ownWords.contains(w.toLowerCase(Locale.ROOT)) && onlyVariant(w, name)));
    }

    /**
     * Whether the other claim mentions the name by its last word or its acronym, or writes it
     * whole: a name of several words is not mentioned by its first ones alone ("Port Arthur, Texas"
     * is no mention of "the Texas Division of Emergency Management", "Kent King" is one of
     * "Commissioner Kent King", "KEDO" of "Korean Energy Development Organization").
     */
    static boolean mentionedByItsEnd(String name, ClaimView other) {
        String key = key(name);
        if (!mentioned(name, other)) {
            return false;
        }
        if (!key.contains(" ")) {
            return true;
        }
        String otherKey = key(other.text());
        String last = key.substring(key.lastIndexOf(' ') + 1);
        return containsWords(otherKey, key) || containsWords(otherKey, last) || Arrays.stream(other.text().split("[\\s,;]+"))
                .filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).anyMatch(w -> acronym(key(w), key));
    }

    // Related by spelling alone ("Russian" / "Russia", "Iranian" / "Iran"), not as part, whole or acronym of the name.
    private static boolean onlyVariant(String x, String y) {
        String a = key(x);
        String b = key(y);
        return !(containsWords(a, b) || containsWords(b, a) || acronym(a, b) || acronym(b, a))
                && (variant(a, b) || shortForm(a, b) || shortForm(b, a));
    }

    /**
     * One name written two ways, or one place named with another that holds it ("Washington" /
     * "the US", the capital for its government).
     */
    static boolean sameName(String x, String y) {
        String a = key(x);
        String b = key(y);
        return sameSpelling(a, b) || !a.isEmpty() && !b.isEmpty() && (Metonyms.sameBody(a, b)
                || Lexicon.sameNamed(a, b) || Lexicon.placeWithin(a, b) || Lexicon.placeWithin(b, a));
    }

    // Two keys related by the letters alone. A single word of the other claim is matched so, never
    // through WordNet: "America" in "North America" is no "United States".
    private static boolean sameSpelling(String a, String b) {
        return writtenAlike(a, b) || shortForm(a, b) || shortForm(b, a);
    }

    // One key part of the other, an acronym of it or a spelling variant ("Russia" / "Russian").
    private static boolean writtenAlike(String a, String b) {
        return containsWords(a, b) || containsWords(b, a) || acronym(a, b) || acronym(b, a) || variant(a, b);
    }

    // "Dan" for "Daniel", "Chris" for "Christopher": one word, three letters or more, that opens the other.
    private static boolean shortForm(String shortKey, String longKey) {
        return shortKey.length() >= 3 && !shortKey.contains(" ") && !longKey.contains(" ")
                && longKey.length() > shortKey.length() && longKey.length() <= 2 * shortKey.length() + 1
                && longKey.startsWith(shortKey);
    }

    /** How often the claim writes the name, word for word. */
    static int occurrences(String name, ClaimView view) {
        String key = key(name);
        String text = " " + key(view.text()) + " ";
        int count = 0;
        for (int at = text.indexOf(" " + key + " "); !key.isEmpty() && at >= 0; at = text.indexOf(" " + key + " ", at + 1)) {
            count++;
        }
        return count;
    }

    private static boolean containsWords(String text, String words) {
        return !words.isEmpty() && (" " + text + " ").contains(" " + words + " ");
    }

    // "US" for "United States"; a lone letter ("a") is no acronym, and a one-word name has none.
    private static boolean acronym(String shortKey, String longKey) {
        String letters = compact(shortKey);
        return letters.length() >= 2 && longKey.contains(" ") && letters.equals(initials(longKey));
    }

    private static String compact(String key) {
        return key.replace(" ", "");
    }

    private static String initials(String key) {
        return Arrays.stream(key.split(" ")).filter(w -> !w.isEmpty() && !FILLERS.contains(w))
                .map(w -> w.substring(0, 1)).collect(Collectors.joining());
    }

    private static boolean variant(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return !a.isEmpty() && !b.isEmpty() && (longer >= 5 && a.charAt(0) == b.charAt(0)
                && distance(a, b) <= VARIANT_DISTANCE * longer || soundAlike(a, b));
    }

    /**
     * Two names written from another alphabet in two ways ("Kyiv" / "Kiev", "Gaddafi" / "Qaddafi",
     * "Odai" / "Uday", "Mohammed" / "Muhammad"): word for word the same or, for words of four
     * letters or more, the same Double Metaphone code and at most half the letters changed. Short
     * names ("Tim" / "Tom") sound alike too often to tell.
     */
    private static boolean soundAlike(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (x.length != y.length || a.equals(b)) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            int longer = Math.max(x[i].length(), y[i].length());
            boolean same = x[i].equals(y[i]) || Math.min(x[i].length(), y[i].length()) >= 4
                    && distance(x[i], y[i]) * 2 <= longer && METAPHONE.isDoubleMetaphoneEqual(x[i], y[i]);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                int substitution = diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), substitution);
                diagonal = above;
            }
        }
        return row[b.length()];
    }
}
