package io.triangulate.claims.annotation;

import java.util.Locale;

/**
 * A day, week, month or year counted from the day of writing: "yesterday" is a day back, "next
 * week" a week ahead, "this month" the current one. The annotator resolves it against the
 * publication date; the judge compares two unresolved ones by unit and offset.
 *
 * @param unit   "day", "week", "month" or "year"
 * @param offset how many units from the day of writing: -1, 0 or 1
 */
public record RelativeDate(String unit, int offset) {

    /** @return the relative date the words name ("Last week", "tonight"), or null for other words */
    public static RelativeDate parse(String words) {
        String key = words.toLowerCase(Locale.ROOT);
        switch (key) {
            case "yesterday":
                return new RelativeDate("day", -1);
            case "today", "tonight":
                return new RelativeDate("day", 0);
            case "tomorrow":
                return new RelativeDate("day", 1);
            default:
                break;
        }
        String[] parts = key.split(" ");
        if (parts.length != 2 || !(parts[1].equals("week") || parts[1].equals("month") || parts[1].equals("year"))) {
            return null;
        }
        return switch (parts[0]) {
            case "last" -> new RelativeDate(parts[1], -1);
            case "this" -> new RelativeDate(parts[1], 0);
            case "next" -> new RelativeDate(parts[1], 1);
            default -> null;
        };
    }
}
