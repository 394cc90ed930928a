package io.triangulate.claims.annotation;

import io.triangulate.claims.ClaimAnnotations.Tense;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Resolves dates that only make sense against the publication date: weekdays and relative words.
 * A weekday in a claim about the past is the latest such day on or before publication; in a claim
 * about the future, the first on or after it. Without a publication date nothing resolves.
 */
final class DateResolver {

    private DateResolver() {
    }

    static String weekday(String name, LocalDate publishedAt, Tense tense) {
        if (publishedAt == null) {
            return null;
        }
        DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        LocalDate date = tense == Tense.FUTURE ? publishedAt.with(TemporalAdjusters.nextOrSame(day))
                : publishedAt.with(TemporalAdjusters.previousOrSame(day));
        return date.toString();
    }

    static String relative(RelativeDate date, LocalDate publishedAt) {
        if (publishedAt == null || date == null) {
            return null;
        }
        return date.unit().equals("day") ? publishedAt.plusDays(date.offset()).toString()
                : period(date.unit(), publishedAt, date.offset());
    }

    private static String period(String unit, LocalDate anchor, int shift) {
        return switch (unit) {
            case "week" -> isoWeek(anchor.plusWeeks(shift));
            case "month" -> YearMonth.from(anchor).plusMonths(shift).toString();
            default -> String.valueOf(anchor.getYear() + shift);
        };
    }

    private static String isoWeek(LocalDate date) {
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
