package io.triangulate.claims.annotation;

import java.util.Locale;
import java.util.Map;

/** English month names and their news-style abbreviations ("Oct.", "Sept."). */
final class Months {

    /** A regex alternative matching a month name or abbreviation, with its optional stop. */
    static final String PATTERN = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?"
            + "|Nov\\.?|Dec\\.?)";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private Months() {
    }

    /** 1–12 for a name matched by {@link #PATTERN}. */
    static int number(String name) {
        return NUMBERS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }
}
