package io.triangulate.alignment.judge;

import io.triangulate.claims.ClaimAnnotations.DateMention;
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

    /** "w:tuesday", "m:october", "m:october 5", or null when the words name neither. */
    static String of(DateMention date) {
        String words = date.text().toLowerCase(Locale.ROOT);
        for (String weekday : WEEKDAYS) {
            if (words.contains(weekday)) {
                return "w:" + weekday;
            }
        }
        for (String month : MONTHS) {
            if (words.matches(".*\\b" + month.substring(0, 3) + "[a-z.]*\\b.*")) {
                String day = words.replaceAll("\\D+", " ").strip();
                return day.isEmpty() || day.contains(" ") ? "m:" + month : "m:" + month + " " + day;
            }
        }
        return null;
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

    static boolean agree(DateMention x, DateMention y) {
        String a = of(x);
        String b = of(y);
        if (a == null || b == null || a.charAt(0) != b.charAt(0)) {
            return true;
        }
        return a.startsWith(b) || b.startsWith(a);
    }
}
