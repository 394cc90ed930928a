package io.triangulate.alignment.judge;

import io.triangulate.alignment.DifferenceKind;
import io.triangulate.claims.ClaimAnnotations.DateMention;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Dates that cannot name the same day, month or year. Values are ISO at the precision the words
 * give, so they are compared at the coarser of the two: "2019" and "2019-06" agree, "2019-06" and
 * "2019-07" do not. Weeks and bare clock times are left alone (no common precision with a day).
 * As with figures, a date conflicts only when nothing on the other side agrees with it, both ways.
 * Dates that could not be resolved (no publication date to anchor "Tuesday", a month without a
 * year) are compared by their calendar words instead: weekday with weekday, month with month.
 */
final class DateCheck implements FactCheck {

    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?(?:T.*)?");

    @Override
    public List<Conflict> conflicts(ClaimPair pair) {
        List<DateMention> left = calendar(pair.a());
        List<DateMention> right = calendar(pair.b());
        List<Conflict> found = new ArrayList<>();
        for (DateMention x : left) {
            if (right.isEmpty() || right.stream().anyMatch(y -> agree(x, y))) {
                continue;
            }
            right.stream().filter(y -> left.stream().noneMatch(z -> agree(z, y))).findFirst()
                    .ifPresent(y -> found.add(new Conflict(DifferenceKind.DATE, x.text(), y.text(), "give different dates")));
        }
        return found;
    }

    private static List<DateMention> calendar(ClaimView view) {
        return view.annotations().dates().stream()
                .filter(d -> d.value() != null ? CALENDAR.matcher(d.value()).matches() : CalendarWords.of(d) != null)
                .toList();
    }

    static boolean agree(DateMention x, DateMention y) {
        if (x.value() == null || y.value() == null) {
            return CalendarWords.agree(x, y);
        }
        String a = day(x.value());
        String b = day(y.value());
        int common = Math.min(a.length(), b.length());
        return a.regionMatches(0, b, 0, common);
    }

    // The time of day is too often the reporter's own (time of filing) to count against a date.
    private static String day(String value) {
        int t = value.indexOf('T');
        return t < 0 ? value : value.substring(0, t);
    }
}
