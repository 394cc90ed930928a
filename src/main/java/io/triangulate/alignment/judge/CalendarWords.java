package io.triangulate.alignment.judge;

import io.triangulate.claims.ClaimAnnotations.DateMention;
import io.triangulate.claims.annotation.RelativeDate;
import java.util.List;
import java.util.Locale;

/**
 * The calendar words of a date the annotator could not resolve: its weekday, its month and the
 * day of the month if given. Two such dates disagree only when they name the same kind of thing
 * differently ("Tuesday" / "Sunday", "October 5" / "April 5"); a weekday says nothing about a month.
 */
final class CalendarWords {

    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    private CalendarWords() {
    }

    /**
     * "w:tuesday", "m:october", "m:october 5", "r:week -1" (a day, week, month or year counted from
     * the day of writing: "last week"), or null when the words name none of these.
     */
    static String of(DateMention date) {
        String words = date.text().toLowerCase(Locale.ROOT);
        RelativeDate relative = RelativeDate.parse(words);
        if (relative != null) {
            return "r:" + relative.unit() + " " + relative.offset();
        }
        for (String weekday : WEEKDAYS) {
            if (words.contains(weekday)) {
                return "w:" + weekday;
            }
        }
        for (String month : MONTHS) {
            if (words.matches(".*\\b" + month.substring(0, 3) + "[a-z.]*\\b.*")) {
                // the day of the month, not the year: "13 April 2020" is "april 13", "April 2020" "april"
                String day = words.replaceAll("\\d{3,}", " ").replaceAll("\\D+", " ").strip();
                return day.isEmpty() || day.contains(" ") ? "m:" + month : "m:" + month + " " + day;
            }
        }
        return null;
    }

    private static final List<String> DAY_PARTS = List.of("morning", "afternoon", "evening", "night");

    /**
     * The part of the day a date names ("Thursday morning": "morning"), or null. Evening and night
     * are one part: "Monday evening" and "Monday night" may well be the same hour.
     */
    static String dayPart(DateMention date) {
        String words = date.text().toLowerCase(Locale.ROOT);
        return DAY_PARTS.stream().filter(part -> words.matches(".*\\b" + part + "\\b.*")).findFirst()
                .map(part -> part.equals("night") ? "evening" : part).orElse(null);
    }

    /** "01-14" for "January 14" or "14th January", null when the words give no month and day. */
    static String monthDay(DateMention date) {
        String words = of(date);
        if (words == null || !words.matches("m:[a-z]+ \\d{1,2}")) {
            return null;
        }
        int month = MONTHS.indexOf(words.substring(2, words.indexOf(' '))) + 1;
        int day = Integer.parseInt(words.substring(words.indexOf(' ') + 1));
        return day < 1 || day > 31 ? null : String.format(Locale.ROOT, "%02d-%02d", month, day);
    }

    /**
     * Two such dates disagree when they name the same kind of thing differently ("Tuesday" /
     * "Sunday"). Days, weeks, months and years counted from the day of writing may only agree when
     * one can fall inside the other ({@link #mayOverlap}); against a weekday or a month they say
     * nothing, as "yesterday" may be "Tuesday".
     */
    static boolean agree(DateMention x, DateMention y) {
        String a = of(x);
        String b = of(y);
        if (a == null || b == null || a.charAt(0) != b.charAt(0)) {
            return true;
        }
        if (a.startsWith("r:")) {
            return mayOverlap(a.substring(2).split(" "), b.substring(2).split(" "));
        }
        return a.startsWith(b) || b.startsWith(a);
    }

    private static final List<String> UNITS = List.of("day", "week", "month", "year");

    /**
     * Whether two periods counted from the day of writing can share a day: in one unit only when
     * they are the same ("last week" / "next week" cannot); in two units, when the longer is the
     * current one and so may hold the shorter ("this month" / "last week"). "Last week" is not
     * "last year" in most weeks of a year: periods of two units, each before or after now, are
     * taken as different. Days are not compared at all: two reports without a publication date
     * may have been written a day apart, and MSRP's paraphrases say "today" and "yesterday" of one day.
     */
    private static boolean mayOverlap(String[] a, String[] b) {
        int unitA = UNITS.indexOf(a[0]);
        int unitB = UNITS.indexOf(b[0]);
        if (unitA == 0 || unitB == 0) {
            return true; // "today" in a report of Monday is "yesterday" in one of Tuesday
        }
        if (unitA == unitB) {
            return a[1].equals(b[1]);
        }
        String[] longer = unitA > unitB ? a : b;
        return longer[1].equals("0");
    }
}
