package io.triangulate.claims.annotation;

import io.triangulate.claims.ClaimAnnotations.DateMention;
import io.triangulate.claims.ClaimAnnotations.NumberMention;
import io.triangulate.report.parsing.TaggedToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quantities in a claim: figures ("40,000", "1.5"), ordinals ("42nd", "third"), number words
 * ("five", "a dozen"), compounds ("five-day", "12-year-old"), money ("$4 million" or "$4-million":
 * 4000000 "usd") and percentages. The unit is
 * the currency, "percent", the word after the hyphen, or the lemma of the noun that follows.
 * One unit of time with "a" ("a year ago") is the length 1 of that unit.
 * Words already taken by a date ("2019", "Oct. 28") are not quantities, nor a figure that is part of
 * a name ("COVID-19", "F-16").
 */
public final class NumberAnnotator {

    // "2½", "½": the vulgar fractions, in the order of FRACTION_VALUES
    private static final String VULGAR = "\u00bd\u2153\u2154\u00bc\u00be\u2155\u215b\u215c\u215d\u215e";
    private static final double[] FRACTION_VALUES = {1 / 2.0, 1 / 3.0, 2 / 3.0, 1 / 4.0, 3 / 4.0, 1 / 5.0, 1 / 8.0,
        3 / 8.0, 5 / 8.0, 7 / 8.0};
    private static final Pattern QUANTITY = Pattern.compile("(?<cur>US\\$|\\$|€|£)?\\s?(?<![\\p{L}\\d.,])(?<!\\p{L}-)"
            + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[" + VULGAR + "]|\\b(?i:" + NumberWords.PATTERN
            + ")\\b)"
            + "(?<frac>(?<=\\d)(?:\\s?[" + VULGAR + "]|[ -]\\d{1,2}/(?:2|3|4|8|16|32|64)\\b(?!/)))?"
            + "(?<ord>(?<=\\d)(?:st|nd|rd|th)\\b)?"
            + "(?:(?:\\s+|-)(?<scale>dozen|hundred|thousand|million|billion|trillion)\\b|(?<abbr>bn|m|k)\\b)?"
            + "(?:(?<pct>\\s*%|\\s+per ?cent\\b|\\s+percentage points?\\b)|(?<bp>\\s*bps?\\b|\\s+basis[ -]points?\\b)"
            + "|-(?<hy>\\p{L}+)(?:-old\\b)?)?");
    private static final Pattern QUALIFIER = Pattern.compile("(?i)\\b(at least|more than|less than|fewer than"
            + "|at most|up to|as many as|as much as|an estimated|about|around|nearly|almost|roughly|approximately|close to|upwards of|over|some"
            + "|under|above|below|higher than|greater than|lower than|in excess of|exceeding|exceeded|within"
            + "|a minimum of|a maximum of)\\s+$");
    // "a third of", "two-thirds of", "half of"; not "the third of five children"
    private static final String FRACTION_WORDS = "(?:(?:an?|(one|two|three|four))[ -](half|thirds?|quarters?|fifths?)|(half))\\b";
    private static final Pattern FRACTION = Pattern.compile("(?i)\\b" + FRACTION_WORDS + "(?=\\s+of\\b)");
    // "a quarter of a percentage point", "half a point", "a quarter point", "a half-point": a share of
    // one point of a rate
    private static final Pattern OF_A_POINT = Pattern.compile("(?i)(?:\\s+(?:of\\s+)?an?\\s+|[\\s-])(?:percentage\\s+)?"
            + "point\\b");
    // "a quarter point": a share of a point, with no "of" to tell it from "a quarter of the seats"
    private static final Pattern A_SHARE_POINT = Pattern.compile("(?i)\\b" + FRACTION_WORDS
            + "(?=[\\s-](?:percentage\\s+)?point\\b)");
    // "cut by half", "fell by a third": a share of what was, as a change
    private static final Pattern FRACTION_BY = Pattern.compile("(?i)(?<=\\bby )" + FRACTION_WORDS);
    // "one in three", "two in five": a share, as "a third" is ("15 out of 28 provinces" stays a count)
    private static final String SMALL = "one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3}";
    private static final Pattern ONE_IN = Pattern.compile("(?i)(?<![\\d.,])\\b(" + SMALL + ")\\s+in\\s+(" + SMALL
            + ")\\b(?![.,]?\\d)");
    // "a year ago", "for more than a decade": one unit of time, a length like "12 months"
    private static final Pattern ONE_SPAN = Pattern.compile("(?i)\\ban?\\s+(hour|day|week|fortnight|month|year|decade"
            + "|century)\\b(?!-)");
    // "a week-long journey", "a year-long inquiry": one unit of time, a length like "five-day"
    private static final Pattern LONG_SPAN = Pattern.compile("(?i)\\b(hour|day|week|fortnight|month|year|decade"
            + "|century)-long\\b");
    // "once a year", "three times a day": a rate, not a length of time
    private static final Set<String> RATE_WORDS = Set.of("once", "twice", "thrice", "times", "per");
    private static final Pattern ORDINAL_WORD = Pattern.compile("(?i)first|second|third|fourth|fifth|sixth|seventh"
            + "|eighth|ninth|tenth");
    // "7 million more subscribers", "two fewer seats": the count still belongs to the noun behind
    private static final Set<String> COMPARATIVES = Set.of("more", "fewer", "less", "additional", "extra", "further");
    private static final Pattern ORDINAL_TEXT = Pattern.compile("(?i)\\d(?:st|nd|rd|th)\\b|\\b(?:" + ORDINAL_WORD.pattern()
            + ")\\b");
    private static final Set<String> COORDINATORS = Set.of("and", "or", ",");
    private static final Map<String, String> CURRENCIES = Map.of("$", "usd", "US$", "usd", "€", "eur", "£", "gbp",
            "dollar", "usd", "euro", "eur");

    public List<NumberMention> numbers(String text, List<TaggedToken> tokens, List<DateMention> dates) {
        List<NumberMention> found = fractions(text);
        found.addAll(oneSpans(text, tokens));
        List<NumberMention> shares = List.copyOf(found);
        Matcher m = QUANTITY.matcher(text);
        while (m.find()) {
            int start = m.group("cur") != null ? m.start("cur") : m.start("num");
            boolean inDate = dates.stream().anyMatch(d -> d.start() < m.end() && start < d.end())
                    || shares.stream().anyMatch(f -> f.start() < m.end() && start < f.end());
            boolean abbrWithoutMoney = m.group("abbr") != null && m.group("cur") == null;
            if (!inDate && !abbrWithoutMoney && !isLoneOne(m, tokens)) {
                found.add(mention(text, tokens, m, start));
            }
        }
        found.sort(Comparator.comparingInt(NumberMention::start));
        return gapped(found, text, tokens);
    }

    /**
     * A count that leaves out its noun after "and", "or" or a comma takes the noun of the count before
     * it, and its qualifier when it has none: "at least 11 people in Indiana and three in Illinois"
     * counts at least three people, so that it faces "at least three people in Illinois" in a report
     * that gives the two in the other order. Only a bare count that a preposition, punctuation or
     * the end follows ("and three were hurt" stays as it is), and no ordinal.
     */
    private static List<NumberMention> gapped(List<NumberMention> found, String text, List<TaggedToken> tokens) {
        List<NumberMention> read = new ArrayList<>(found);
        for (int i = 1; i < read.size(); i++) {
            NumberMention n = read.get(i);
            NumberMention before = read.get(i - 1);
            if (n.unit() == null && before.unit() != null && !isOrdinal(n) && !isOrdinal(before)
                    && coordinated(text, tokens, n) && endsPhrase(tokens, n.end())) {
                read.set(i, new NumberMention(n.text(), n.start(), n.end(), n.value(), before.unit(),
                        n.qualifier() != null ? n.qualifier() : before.qualifier()));
            }
        }
        return read;
    }

    /** Whether a quantity ranks rather than counts: "42nd", "seventh", "third-largest". */
    public static boolean isOrdinal(NumberMention n) {
        return ORDINAL_TEXT.matcher(n.text()).find();
    }

    // the word before the count (before its qualifier, if any) joins it to what came before
    private static boolean coordinated(String text, List<TaggedToken> tokens, NumberMention n) {
        String q = n.qualifier();
        int written = q == null ? 0 : q.length() + 1;
        int from = written > 0 && text.regionMatches(true, n.start() - written, q, 0, q.length())
                ? n.start() - written : n.start();
        TaggedToken previous = null;
        for (TaggedToken t : tokens) {
            if (t.end() <= from) {
                previous = t;
            }
        }
        return previous != null && COORDINATORS.contains(previous.lower());
    }

    // a preposition, punctuation or the end follows: "three in Illinois", "and 120."
    private static boolean endsPhrase(List<TaggedToken> tokens, int end) {
        for (TaggedToken t : tokens) {
            if (t.start() >= end) {
                return "ADP".equals(t.pos()) || t.isPunctuation();
            }
        }
        return true;
    }

    /**
     * A share written as a fraction of a whole ("a third of voters", "two-thirds of the seats",
     * "half of the staff") is a percentage, and a loose one: "about" 33.3 percent, so that it
     * agrees with the "33%" another report gives; "more than half" keeps its own qualifier.
     */
    private static List<NumberMention> fractions(String text) {
        List<NumberMention> found = new ArrayList<>();
        for (Pattern pattern : List.of(FRACTION, FRACTION_BY, A_SHARE_POINT)) {
            // "by a quarter of a point" is matched by both: once is enough
            fractions(text, pattern).stream().filter(f -> found.stream().noneMatch(g -> g.start() == f.start()))
                    .forEach(found::add);
        }
        Matcher m = ONE_IN.matcher(text);
        while (m.find()) {
            double whole = ratioPart(m.group(2));
            if (whole > 0) {
                String written = qualifier(text, m.start());
                found.add(new NumberMention(m.group(), m.start(), m.end(), 100 * ratioPart(m.group(1)) / whole,
                        "percent", written == null ? "about" : written));
            }
        }
        return found;
    }

    private static double ratioPart(String words) {
        return Character.isDigit(words.charAt(0)) ? Double.parseDouble(words) : NumberWords.value(words);
    }

    private static List<NumberMention> fractions(String text, Pattern pattern) {
        List<NumberMention> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            double parts = m.group(1) == null ? 1 : NumberWords.value(m.group(1));
            String part = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT).replaceAll("s$", "");
            double whole = part.equals("half") ? 2 : part.equals("quarter") ? 4 : NumberWords.value(part);
            String written = qualifier(text, m.start());
            Matcher point = OF_A_POINT.matcher(text).region(m.end(), text.length());
            if (point.lookingAt()) { // "a quarter of a percentage point": 0.25 points, as exact as "0.25 points"
                found.add(new NumberMention(text.substring(m.start(), point.end()), m.start(), point.end(),
                        parts / whole, "percent", written));
                continue;
            }
            found.add(new NumberMention(m.group().strip(), m.start(), m.end(), 100 * parts / whole, "percent",
                    written == null ? "about" : written));
        }
        return found;
    }

    /**
     * One unit of time written with "a" ("a year ago", "in a week", "more than a decade") is the
     * length 1 of that unit, so that it faces "12 months" or "two years" as a figure. After a
     * count, a sum or a noun ("three times a day", "$5 a day", "two meals a day") it is a rate.
     */
    private static List<NumberMention> oneSpans(String text, List<TaggedToken> tokens) {
        List<NumberMention> found = new ArrayList<>();
        Matcher m = ONE_SPAN.matcher(text);
        while (m.find()) {
            TaggedToken before = null;
            for (TaggedToken t : tokens) {
                if (t.end() <= m.start()) {
                    before = t;
                }
            }
            boolean rate = before != null && (RATE_WORDS.contains(before.lower()) || "NOUN".equals(before.pos())
                    || "NUM".equals(before.pos()) || before.text().chars().anyMatch(Character::isDigit));
            if (!rate) {
                found.add(new NumberMention(m.group(), m.start(), m.end(), 1,
                        m.group(1).toLowerCase(Locale.ROOT), qualifier(text, m.start())));
            }
        }
        Matcher lasting = LONG_SPAN.matcher(text);
        while (lasting.find()) {
            found.add(new NumberMention(lasting.group(), lasting.start(), lasting.end(), 1,
                    lasting.group(1).toLowerCase(Locale.ROOT), qualifier(text, lasting.start())));
        }
        return found;
    }

    private static NumberMention mention(String text, List<TaggedToken> tokens, Matcher m, int start) {
        String num = m.group("num");
        double value = Character.isDigit(num.charAt(0)) ? Double.parseDouble(num.replace(",", ""))
                : VULGAR.indexOf(num.charAt(0)) >= 0 ? fraction(num) : NumberWords.value(num);
        value += m.group("frac") == null ? 0 : fraction(m.group("frac").replaceFirst("^[\\s-]+", ""));
        String scale = m.group("scale") != null ? m.group("scale") : m.group("abbr");
        value *= scale == null ? 1 : NumberWords.scale(scale);
        value /= m.group("bp") == null ? 1 : 100; // "25 basis points" is a quarter of a percentage point
        String qualifier = NumberWords.isVague(num) ? "at least" : qualifier(text, start);
        if (qualifier == null) {
            qualifier = qualifierAfter(text, m.end());
        }
        return new NumberMention(text.substring(start, m.end()), start, m.end(), value, unit(tokens, m), qualifier);
    }

    // "½" or "1/2" as a value: "2 1/2" and "2½" are two and a half
    private static double fraction(String written) {
        int vulgar = VULGAR.indexOf(written.charAt(0));
        if (vulgar >= 0) {
            return FRACTION_VALUES[vulgar];
        }
        String[] parts = written.split("/");
        return Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
    }

    private static String unit(List<TaggedToken> tokens, Matcher m) {
        if (m.group("cur") != null) {
            return CURRENCIES.get(m.group("cur"));
        }
        if (m.group("pct") != null || m.group("bp") != null) {
            return "percent";
        }
        if (m.group("hy") != null) {
            return lemmaAt(tokens, m.start("hy"), m.group("hy").toLowerCase(Locale.ROOT));
        }
        if (NumberWords.isMultiplier(m.group("num"))) {
            return "time"; // "twice as many", as "three times as many"
        }
        boolean ordinal = m.group("ord") != null || ORDINAL_WORD.matcher(m.group("num")).matches();
        String noun = followingNoun(tokens, m.end(), !ordinal);
        return noun == null ? null : CURRENCIES.getOrDefault(noun, noun);
    }

    private static String lemmaAt(List<TaggedToken> tokens, int offset, String fallback) {
        return tokens.stream().filter(t -> t.start() == offset).map(TaggedToken::lemma).findFirst().orElse(fallback);
    }

    // The counted noun may sit behind adjectives, participles or "of" ("12 new homes", "241 confirmed
    // cases", "hundreds of people"); of a noun compound a count takes the head, the last noun ("60,000
    // coronavirus tests" counts tests), but an ordinal ranks the first ("fourth quarter sales").
    private static String followingNoun(List<TaggedToken> tokens, int end, boolean head) {
        int skipped = 0;
        String noun = null;
        for (TaggedToken token : tokens) {
            if (token.start() < end) {
                continue;
            }
            if ("NOUN".equals(token.pos()) && (head || noun == null)) {
                noun = token.lemma();
                continue;
            }
            if (noun != null || !modifier(token) || ++skipped > 2) {
                return noun;
            }
        }
        return noun;
    }

    private static boolean modifier(TaggedToken token) {
        boolean participle = "VERB".equals(token.pos()) && token.lower().endsWith("ed");
        return "ADJ".equals(token.pos()) || participle || COMPARATIVES.contains(token.lower()) || token.lower().equals("of")
                || token.text().equals("-");
    }

    // "five or more", "12 or fewer": the bound written after the figure
    private static final Pattern OR_MORE = Pattern.compile("(?i)\\s+or\\s+(?:(more|greater|above|over)|(fewer|less|below|under))\\b");

    private static String qualifierAfter(String text, int end) {
        Matcher m = OR_MORE.matcher(text).region(end, text.length());
        return !m.lookingAt() ? null : m.group(1) != null ? "at least" : "at most";
    }

    // "a minimum of 12" is "at least 12", "a maximum of 12" "at most 12"
    private static String qualifier(String text, int start) {
        Matcher q = QUALIFIER.matcher(text.substring(Math.max(0, start - 16), start));
        if (!q.find()) {
            return null;
        }
        String found = q.group(1).toLowerCase(Locale.ROOT);
        return found.equals("a minimum of") ? "at least" : found.equals("a maximum of") ? "at most" : found;
    }

    // "one of them", "no one": the word "one" counts only when a noun follows it.
    private static boolean isLoneOne(Matcher m, List<TaggedToken> tokens) {
        return m.group("num").equalsIgnoreCase("one") && m.group("hy") == null
                && followingNoun(tokens, m.end(), true) == null;
    }
}
