package io.triangulate.alignment.judge;

import io.triangulate.alignment.DifferenceKind;
import io.triangulate.alignment.judge.TokenDiff.Hunk;
import io.triangulate.claims.ClaimAnnotations.DateMention;
import io.triangulate.report.parsing.TaggedToken;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates that cannot name the same day, month or year. Values are ISO at the precision the words
 * give, so they are compared at the coarser of the two: "2019" and "2019-06" agree, "2019-06" and
 * "2019-07" do not, and a decade ("199") holds its years. A week ("last week", resolved against
 * the publication date) agrees with any day, month or year it shares a day with.
 * A date conflicts only when it is left over once the dates that agree are paired off, one with one.
 * Dates that could not be resolved (no publication date to anchor "Tuesday", a month without a
 * year) are compared by their calendar words instead: weekday with weekday, month with month.
 * When the days agree, two clock times in each other's place ("7 p.m." / "9 p.m.") are compared,
 * within {@link JudgeSettings#clockToleranceMinutes()}; a time elsewhere in the sentence may be the
 * reporter's own. Two times of one day are two times of the event, a DATE difference, as two
 * parts of one day are. A month or weekday swapped for another in a
 * narrow substitution ("In January" / "In March") is a date difference even when the annotator gave
 * it no value. Two parts of one day ("Thursday morning" / "Thursday evening") differ by date, and
 * so does a month in place of a season it is not part of ("in January" / "in the summer"). A date bounded by
 * "before" or "after" on one side is compared as such against the other's plain date ({@link DateBound}).
 */
final class DateCheck implements FactCheck {

    private static final Pattern CALENDAR = Pattern.compile("\\d{3}|\\d{4}(?:-\\d{2}(?:-\\d{2})?)?(?:T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern CLOCK = Pattern.compile("(?:.*T)?(\\d{2}):(\\d{2})");
    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final int MINUTES_PER_DAY = 24 * 60;

    private final int clockTolerance;
    private final int maxSwapTokens;

    DateCheck(JudgeSettings settings) {
        this.clockTolerance = settings.clockToleranceMinutes();
        this.maxSwapTokens = settings.maxSwapTokens();
    }

    @Override
    public List<Conflict> conflicts(ClaimPair pair) {
        List<Conflict> found = days(pair);
        if (found.isEmpty()) {
            found.addAll(clockTimes(pair));
        }
        if (found.isEmpty()) {
            found.addAll(calendarWords(pair));
        }
        if (found.isEmpty()) {
            found.addAll(dayParts(pair));
        }
        if (found.isEmpty()) {
            found.addAll(monthForSeason(pair));
        }
        return found;
    }

    // The months of each season, as the northern hemisphere counts them.
    private static final Map<String, Set<Integer>> SEASONS = Map.of("spring", Set.of(3, 4, 5), "summer", Set.of(6, 7, 8),
            "autumn", Set.of(9, 10, 11), "fall", Set.of(9, 10, 11), "winter", Set.of(12, 1, 2));

    /** "in January" / "in the summer": a month in place of a season it is not part of. */
    private List<Conflict> monthForSeason(ClaimPair pair) {
        for (Hunk h : pair.substitutions(maxSwapTokens)) {
            Conflict c = monthForSeason(pair.a().tokens().subList(h.aFrom(), h.aTo()), pair.b().tokens().subList(h.bFrom(), h.bTo()));
            if (c == null) {
                c = PolarityCheck.mirrored(monthForSeason(pair.b().tokens().subList(h.bFrom(), h.bTo()),
                        pair.a().tokens().subList(h.aFrom(), h.aTo())));
            }
            if (c != null) {
                return List.of(c);
            }
        }
        return List.of();
    }

    private static Conflict monthForSeason(List<TaggedToken> months, List<TaggedToken> seasons) {
        for (TaggedToken m : months) {
            int month = MONTHS.indexOf(m.lower()) + 1;
            for (TaggedToken s : seasons) {
                Set<Integer> of = SEASONS.get(s.lower());
                if (month > 0 && of != null && !of.contains(month)) {
                    return new Conflict(DifferenceKind.DATE, m.text(), s.text(), "give different times");
                }
            }
        }
        return null;
    }

    /**
     * Each date is first paired with one date of the other side that agrees with it, written alike
     * first; a date left over on each side is a conflict. So "from 1990 to 1991" / "from 1990 to
     * 1990" differ although each year of one is found in the other.
     */
    private static List<Conflict> days(ClaimPair pair) {
        List<DateMention> left = new ArrayList<>(calendar(pair.a()));
        List<DateMention> right = new ArrayList<>(calendar(pair.b()));
        List<Conflict> found = new ArrayList<>();
        if (left.isEmpty() || right.isEmpty()) {
            return found;
        }
        OneToOne.pairOff(left, right, (x, y) -> x.text().equalsIgnoreCase(y.text())
                && (agree(pair, x, y) || weekdayOfAnotherTense(pair, x)));
        OneToOne.pairOff(left, right, (x, y) -> agree(pair, x, y));
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            found.add(new Conflict(DifferenceKind.DATE, bounded(pair.a(), left.get(i)), bounded(pair.b(), right.get(i)),
                    "give different dates"));
        }
        return found;
    }

    /**
     * "on Tuesday" in both: a weekday is resolved backwards in a claim about the past and forwards
     * in one about the future, so two claims of different tenses resolve the same word apart. The
     * words agree; whether one tells of the past and the other of the future is a TIMEFRAME matter.
     */
    private static boolean weekdayOfAnotherTense(ClaimPair pair, DateMention x) {
        return WEEKDAYS.contains(x.text().toLowerCase(java.util.Locale.ROOT))
                && pair.a().annotations().tense() != pair.b().annotations().tense();
    }

    // A bound on one side only is checked as a comparison; two bounds are not compared.
    private static boolean agree(ClaimPair pair, DateMention x, DateMention y) {
        DateBound bx = DateBound.of(pair.a(), x);
        DateBound by = DateBound.of(pair.b(), y);
        if (isWeek(x) || isWeek(y)) {
            return bx != DateBound.NONE || by != DateBound.NONE || agree(x, y);
        }
        if ((x.value() == null || y.value() == null) && (bx == DateBound.NONE) != (by == DateBound.NONE)) {
            // "before January 14" with no year to resolve it against: month and day still compare
            String mx = monthDay(x);
            String my = monthDay(y);
            if (mx != null && my != null) {
                return bx != DateBound.NONE ? bx.allows(mx, my) : by.allows(my, mx);
            }
        }
        if (x.value() == null || y.value() == null || bx == by) {
            return bx != DateBound.NONE && by != DateBound.NONE || agree(x, y);
        }
        if (bx != DateBound.NONE && by != DateBound.NONE) {
            return true;
        }
        return bx != DateBound.NONE ? bx.allows(day(x.value()), day(y.value())) : by.allows(day(y.value()), day(x.value()));
    }

    // "01-14" for a date with a month and a day, resolved or not; null otherwise.
    private static String monthDay(DateMention d) {
        if (d.value() != null) {
            String day = day(d.value());
            return day.length() == 10 ? day.substring(5) : null;
        }
        return CalendarWords.monthDay(d);
    }

    // The date with its bound as written ("after 1975").
    private static String bounded(ClaimView view, DateMention d) {
        DateBound bound = DateBound.of(view, d);
        return bound == DateBound.NONE ? d.text() : bound.name().toLowerCase(java.util.Locale.ROOT) + " " + d.text();
    }

    /** "Thursday morning" / "Thursday evening": one day, two parts of it. */
    private static List<Conflict> dayParts(ClaimPair pair) {
        for (DateMention x : pair.a().annotations().dates()) {
            String part = CalendarWords.dayPart(x);
            for (DateMention y : pair.b().annotations().dates()) {
                String other = CalendarWords.dayPart(y);
                if (part != null && other != null && !part.equals(other) && agree(pair, x, y)) {
                    return List.of(new Conflict(DifferenceKind.DATE, x.text(), y.text(), "give different times of day"));
                }
            }
        }
        return List.of();
    }

    private List<Conflict> clockTimes(ClaimPair pair) {
        List<DateMention> left = times(pair.a());
        List<DateMention> right = times(pair.b());
        List<Conflict> found = new ArrayList<>();
        for (DateMention x : left) {
            if (right.stream().anyMatch(y -> sameTime(x, y))) {
                continue;
            }
            right.stream().filter(y -> left.stream().noneMatch(z -> sameTime(z, y)))
                    .filter(y -> pair.substituted(x.start(), y.start(), maxSwapTokens)).findFirst()
                    .ifPresent(y -> found.add(new Conflict(DifferenceKind.DATE, x.text(), y.text(), "give different times")));
        }
        return found;
    }

    private boolean sameTime(DateMention x, DateMention y) {
        int apart = Math.abs(minutes(x) - minutes(y));
        return Math.min(apart, MINUTES_PER_DAY - apart) <= clockTolerance;
    }

    private static List<DateMention> times(ClaimView view) {
        return view.annotations().dates().stream().filter(d -> d.value() != null && CLOCK.matcher(d.value()).matches())
                .toList();
    }

    private static int minutes(DateMention d) {
        Matcher m = CLOCK.matcher(d.value());
        return m.matches() ? Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)) : 0;
    }

    // A weekday for a weekday, a month for a month, in a narrow substitution, each absent from the other claim.
    private List<Conflict> calendarWords(ClaimPair pair) {
        for (Hunk h : pair.substitutions(maxSwapTokens)) {
            for (List<String> names : List.of(WEEKDAYS, MONTHS)) {
                TaggedToken x = calendarWord(pair.a(), h.aFrom(), h.aTo(), names, pair.b());
                TaggedToken y = calendarWord(pair.b(), h.bFrom(), h.bTo(), names, pair.a());
                if (x != null && y != null) {
                    return List.of(new Conflict(DifferenceKind.DATE, x.text(), y.text(), "give different dates"));
                }
            }
        }
        return List.of();
    }

    private static TaggedToken calendarWord(ClaimView view, int from, int to, List<String> names, ClaimView other) {
        for (int i = from; i < to; i++) {
            TaggedToken t = view.tokens().get(i);
            // "may" is a month only when written as a name
            if (names.contains(t.lower()) && t.isCapitalized() && !other.lowerText().contains(t.lower())) {
                return t;
            }
        }
        return null;
    }

    private static List<DateMention> calendar(ClaimView view) {
        return view.annotations().dates().stream()
                .filter(d -> d.value() != null ? CALENDAR.matcher(d.value()).matches() || isWeek(d)
                        : CalendarWords.of(d) != null)
                .toList();
    }

    private static boolean isWeek(DateMention d) {
        return d.value() != null && WEEK.matcher(d.value()).matches();
    }

    static boolean agree(DateMention x, DateMention y) {
        if (x.value() == null || y.value() == null) {
            return CalendarWords.agree(x, y);
        }
        if (isWeek(x) || isWeek(y)) {
            return overlap(days(x.value()), days(y.value()));
        }
        String a = day(x.value());
        String b = day(y.value());
        int common = Math.min(a.length(), b.length());
        return a.regionMatches(0, b, 0, common);
    }

    // The first and last day a value covers: a day, an ISO week, a month or a year.
    private static LocalDate[] days(String value) {
        String d = day(value);
        Matcher week = WEEK.matcher(d);
        if (week.matches()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
                    .with(DayOfWeek.MONDAY);
            return new LocalDate[] {monday, monday.plusDays(6)};
        }
        return switch (d.length()) {
            case 3 -> new LocalDate[] {LocalDate.of(Integer.parseInt(d) * 10, 1, 1),
                    LocalDate.of(Integer.parseInt(d) * 10 + 9, 12, 31)};
            case 4 -> new LocalDate[] {LocalDate.of(Integer.parseInt(d), 1, 1), LocalDate.of(Integer.parseInt(d), 12, 31)};
            case 7 -> {
                YearMonth month = YearMonth.parse(d);
                yield new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
            }
            default -> new LocalDate[] {LocalDate.parse(d), LocalDate.parse(d)};
        };
    }

    private static boolean overlap(LocalDate[] x, LocalDate[] y) {
        return !x[1].isBefore(y[0]) && !y[1].isBefore(x[0]);
    }

    // The time of day is too often the reporter's own (time of filing) to count against a date.
    private static String day(String value) {
        int t = value.indexOf('T');
        return t < 0 ? value : value.substring(0, t);
    }
}
