package io.triangulate.alignment.judge;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.sf.extjwnl.data.POS;

/**
 * Whether two counted nouns count the same things, so their figures can be compared. Spelling
 * variants are one word to WordNet ("honours" / "honors"), and so are synonyms ("film" / "movie");
 * a noun one or two hypernym steps above the other counts a wider class that includes it
 * ("employees" / "people", "fatalities" / "deaths"). Co-hyponyms count different things ("cases"
 * / "recoveries"). "people" is the plural of "person", which the tagger leaves as its own lemma.
 */
final class Units {

    // Days in one of each unit of time; a month is a twelfth of the mean year.
    private static final Map<String, Double> DAYS = Map.of("second", 1.0 / 86_400, "minute", 1.0 / 1_440,
            "hour", 1.0 / 24, "day", 1.0, "week", 7.0, "fortnight", 14.0, "month", 365.25 / 12, "year", 365.25,
            "decade", 3_652.5, "century", 36_525.0);

    private Units() {
    }

    static boolean same(String x, String y) {
        if (x == null || y == null) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        return Lexicon.relation(singular(x), singular(y), POS.NOUN).alike();
    }

    /**
     * How many days one of a unit of time lasts ("week" 7, "month" a twelfth of a year), or 0 when
     * the unit is no length of time, so "two weeks" and "14 days" can be read as one duration.
     */
    static double days(String unit) {
        return unit == null ? 0 : DAYS.getOrDefault(unit.toLowerCase(Locale.ROOT), 0.0);
    }

    /** Whether a unit of time is a calendar one, whose length in days varies ("month", "year"). */
    static boolean calendar(String unit) {
        return days(unit) >= DAYS.get("month");
    }

    private static String singular(String lemma) {
        return Objects.equals(lemma, "people") ? "person" : lemma;
    }
}
