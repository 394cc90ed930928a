package io.triangulate.alignment.judge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** When two ways of writing a name are the same name: containment, acronyms, "the" and "'s". */
final class Names {

    private static final Set<String> FILLERS = Set.of("of", "the", "and", "for", "&");

    private Names() {
    }

    static String key(String words) {
        return words.toLowerCase(Locale.ROOT).replaceAll("[’']s\\b", "").replaceFirst("^the\\s+", "").trim();
    }

    /** Whether the other claim mentions the name, whole or as an acronym of its words or vice versa. */
    static boolean mentioned(String name, ClaimView other) {
        String key = key(name);
        String text = other.lowerText();
        if (containsWords(text, key) || containsWords(text, compact(key))) {
            return true;
        }
        return Arrays.stream(other.text().split("[\\s,;]+")).anyMatch(w -> sameName(w, name));
    }

    static boolean sameName(String x, String y) {
        String a = key(x);
        String b = key(y);
        return containsWords(a, b) || containsWords(b, a) || compact(a).equals(initials(b))
                || compact(b).equals(initials(a));
    }

    // Whole words only: "us" is not in "russia".
    private static boolean containsWords(String text, String words) {
        String needle = plain(words);
        return !needle.isEmpty() && (" " + plain(text) + " ").contains(" " + needle + " ");
    }

    private static String plain(String words) {
        return words.replace(".", "").replaceAll("[^\\p{L}\\d&]+", " ").trim();
    }

    private static String compact(String key) {
        return key.replaceAll("[.\\s]", "");
    }

    private static String initials(String key) {
        return Arrays.stream(key.split("\\s+")).filter(w -> !w.isEmpty() && !FILLERS.contains(w))
                .map(w -> w.substring(0, 1)).collect(Collectors.joining());
    }
}
