package io.triangulate.claims.annotation;

import java.util.Locale;
import java.util.Map;

/**
 * Values of spelled-out numbers. Vague plurals ("dozens", "hundreds") get their lower bound
 * (two of the unit) and are marked "at least", so "hundreds of homes" never matches "100 homes"
 * as equal but can still be compared as a rough quantity. "Twice" and "thrice" are two and three
 * times ({@link #isMultiplier}); "a single" is one.
 */
final class NumberWords {

    static final String PATTERN = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight"
            + "|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            + "|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
            + "|a dozen|dozens|a hundred|hundreds|a thousand|thousands|a million|millions|a billion|billions|a trillion"
            + "|dozen|hundred|twice|thrice|a single)";

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5),
            Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9),
            Map.entry("tenth", 10), Map.entry("dozen", 12), Map.entry("hundred", 100), Map.entry("thousand", 1000),
            Map.entry("twice", 2), Map.entry("thrice", 3), Map.entry("single", 1));
    private static final Map<String, Double> VAGUE = Map.of("dozens", 24.0, "hundreds", 200.0,
            "thousands", 2000.0, "millions", 2e6, "billions", 2e9);

    private NumberWords() {
    }

    /** "twice", "thrice": a number of times in one word. */
    static boolean isMultiplier(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        return w.equals("twice") || w.equals("thrice");
    }

    static boolean isVague(String words) {
        return VAGUE.containsKey(words.toLowerCase(Locale.ROOT));
    }

    static double value(String words) {
        String key = words.toLowerCase(Locale.ROOT).replaceFirst("^a ", "");
        if (VAGUE.containsKey(key)) {
            return VAGUE.get(key);
        }
        if (scale(key) > 1) {
            return scale(key); // "a million"
        }
        double value = 0;
        for (String part : key.split("-")) {
            value += UNITS.get(part);
        }
        return value;
    }

    static double scale(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "dozen" -> 12;
            case "hundred" -> 100;
            case "thousand", "k" -> 1e3;
            case "million", "m" -> 1e6;
            case "billion", "bn" -> 1e9;
            case "trillion" -> 1e12;
            default -> 1;
        };
    }
}
