package io.triangulate.claims.annotation;

import io.triangulate.claims.ClaimAnnotations.DateMention;
import io.triangulate.claims.ClaimAnnotations.Tense;
import io.triangulate.report.parsing.TaggedToken;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times in a claim, with ISO values at the precision the words give: "2019",
 * "2019-06", "2025-10-28", "2025-W44" (a week), "04:00" or "2025-10-28T04:00" (a time, joined to
 * the claim's day when it names one), and "199" for a decade ("the 1990s", "the nineties"), the years it
 * starts with. Rules are tried from the most to the least specific and a
 * later rule never takes words an earlier one matched. Tokenised copy puts a space before the
 * comma ("May 4 , 1981"); the comma still joins the day to its year, as "of" does in "the 6th
 * of February 2016".
 */
public final class DateAnnotator {

    private record Context(LocalDate publishedAt, Tense tense, List<TaggedToken> tokens) {
    }

    private record Rule(Pattern pattern, BiFunction<Matcher, Context, String> value) {
    }

    private static final List<String> DECADE_WORDS = List.of("", "", "", "thirties", "forties", "fifties", "sixties",
            "seventies", "eighties", "nineties");
    private static final String DAYS = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final List<Rule> RULES = List.of(
            rule("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b", (m, c) -> m.group()),
            rule("\\b(" + Months.PATTERN + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s?,?\\s+(\\d{4})\\b",
                    (m, c) -> date(m.group(3), m.group(1), m.group(2))),
            rule("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + Months.PATTERN + ")\\s?,?\\s+(\\d{4})\\b",
                    (m, c) -> date(m.group(3), m.group(2), m.group(1))),
            rule("\\b(" + Months.PATTERN + ")\\s+(?:of\\s+)?(\\d{4})\\b",
                    (m, c) -> String.format("%s-%02d", m.group(2), Months.number(m.group(1)))),
            rule("\\b(" + Months.PATTERN + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\d)", DateAnnotator::monthDay),
            // "14 November", "the 3rd of May": the day first, as British and most other reports write it
            rule("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + Months.PATTERN + ")\\b", DateAnnotator::dayMonth),
            rule("\\b" + DAYS + "(?:\\s+(?:morning|afternoon|evening|night))?\\b",
                    (m, c) -> DateResolver.weekday(m.group(1), c.publishedAt(), weekdayTense(m, c))),
            rule("\\b(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)", (m, c) -> time(m)),
            rule("(?i)\\b(yesterday|today|tonight|tomorrow|(?:last|next|this) (?:week|month|year))\\b",
                    (m, c) -> DateResolver.relative(RelativeDate.parse(m.group(1)), c.publishedAt())),
            rule("(?<![\\d$£€.,'’])\\b(1[5-9]\\d|20\\d)0s\\b", (m, c) -> m.group(1)),
            // "the nineties": the decades a report names in words are those of the last century
            rule("(?i)\\bthe\\s+(thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b",
                    (m, c) -> "19" + DECADE_WORDS.indexOf(m.group(1).toLowerCase(Locale.ROOT))),
            rule("(?<![\\d$£€.,])\\b(19\\d{2}|20\\d{2}|2100)\\b(?![.,]?\\d|%| ?percent)", DateAnnotator::year));

    /** @param tense the claim's tense, which decides whether "Tuesday" is last or next Tuesday */
    public List<DateMention> dates(String text, List<TaggedToken> tokens, LocalDate publishedAt, Tense tense) {
        Context context = new Context(publishedAt, tense, tokens);
        List<DateMention> found = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (found.stream().noneMatch(d -> d.start() < m.end() && m.start() < d.end())) {
                    String value = rule.value().apply(m, context);
                    if (!"".equals(value)) {
                        found.add(new DateMention(m.group(), m.start(), m.end(), value));
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return withTimesOnTheirDay(found);
    }

    private static Rule rule(String regex, BiFunction<Matcher, Context, String> value) {
        return new Rule(Pattern.compile(regex), value);
    }

    private static String date(String year, String month, String day) {
        return String.format("%s-%02d-%02d", year, Months.number(month), Integer.parseInt(day));
    }

    /**
     * A weekday goes with the verb nearest to it: "said Monday it would cut jobs" and "On Monday,
     * the firm announced plans to cut jobs" are about last Monday, although the claims speak of
     * the future; otherwise the claim's tense decides.
     */
    private static Tense weekdayTense(Matcher m, Context c) {
        int nearest = -1;
        int distance = Integer.MAX_VALUE;
        for (int i = 0; i < c.tokens().size(); i++) {
            TaggedToken t = c.tokens().get(i);
            int d = t.end() <= m.start() ? m.start() - t.end() : t.start() - m.end();
            if (t.isVerb() && d >= 0 && d < distance) {
                nearest = i;
                distance = d;
            }
        }
        return nearest >= 0 && TenseAnnotator.pastVerb(c.tokens(), nearest) ? Tense.PAST : c.tense();
    }

    private static String monthDay(Matcher m, Context c) {
        return c.publishedAt() == null ? null : date(String.valueOf(c.publishedAt().getYear()), m.group(1), m.group(2));
    }

    private static String dayMonth(Matcher m, Context c) {
        return c.publishedAt() == null ? null : date(String.valueOf(c.publishedAt().getYear()), m.group(2), m.group(1));
    }

    private static String time(Matcher m) {
        int hour = Integer.parseInt(m.group(1)) % 12;
        hour += m.group(3).toLowerCase(Locale.ROOT).startsWith("p") ? 12 : 0;
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return String.format("%02d:%02d", hour, minute);
    }

    // "2000 troops" is a count, not a year: a plural noun right after the number says so.
    private static String year(Matcher m, Context c) {
        for (TaggedToken token : c.tokens()) {
            if (token.start() >= m.end()) {
                boolean plural = "NOUN".equals(token.pos()) && (!token.lower().equals(token.lemma())
                        || token.lower().endsWith("s") && !token.lower().endsWith("ss"));
                return plural ? "" : m.group(1);
            }
        }
        return m.group(1);
    }

    private static List<DateMention> withTimesOnTheirDay(List<DateMention> dates) {
        String day = dates.stream().map(DateMention::value).filter(v -> v != null && v.length() == 10)
                .findFirst().orElse(null);
        if (day == null) {
            return dates;
        }
        return dates.stream().map(d -> d.value() != null && d.value().length() == 5
                ? new DateMention(d.text(), d.start(), d.end(), day + "T" + d.value()) : d).toList();
    }
}
