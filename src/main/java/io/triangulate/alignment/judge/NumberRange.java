package io.triangulate.alignment.judge;

import io.triangulate.claims.ClaimAnnotations.NumberMention;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a written quantity allows: "more than 25 million" is any value above 25 million,
 * "about 40,000" is ±10% (no more than a unit of its last significant digit), and "1.2 billion"
 * is anything that rounds to it. Two quantities agree when their ranges overlap.
 */
record NumberRange(double low, double high, Bound bound) {

    /** What a qualifier does to the value, used to tell a changed qualifier from a changed figure. */
    enum Bound {
        EXACT, APPROXIMATE, LOWER, UPPER
    }

    // A strict bound ("more than 12") excludes the figure itself by this relative margin.
    private static final double STRICT = 1e-9;
    private static final Pattern WRITTEN = Pattern.compile("(\\d[\\d,]*)(?:\\.(\\d+))?");
    private static final Map<String, Bound> BOUNDS = Map.ofEntries(Map.entry("at least", Bound.LOWER),
            Map.entry("more than", Bound.LOWER), Map.entry("over", Bound.LOWER), Map.entry("above", Bound.LOWER),
            Map.entry("higher than", Bound.LOWER), Map.entry("greater than", Bound.LOWER),
            Map.entry("in excess of", Bound.LOWER), Map.entry("upwards of", Bound.LOWER), Map.entry("exceeding", Bound.LOWER), Map.entry("exceeded", Bound.LOWER),
            Map.entry("below", Bound.UPPER), Map.entry("lower than", Bound.UPPER), Map.entry("less than", Bound.UPPER),
            Map.entry("fewer than", Bound.UPPER), Map.entry("under", Bound.UPPER), Map.entry("at most", Bound.UPPER),
            Map.entry("up to", Bound.UPPER), Map.entry("as many as", Bound.UPPER),
            Map.entry("as much as", Bound.UPPER), Map.entry("nearly", Bound.UPPER),
            Map.entry("almost", Bound.UPPER), Map.entry("within", Bound.UPPER));

    static Bound boundOf(String qualifier) {
        return qualifier == null ? Bound.EXACT : BOUNDS.getOrDefault(qualifier, Bound.APPROXIMATE);
    }

    static NumberRange of(NumberMention n, double tolerance) {
        double v = n.value();
        double rounding = rounding(n);
        String q = n.qualifier() == null ? "" : n.qualifier();
        return switch (q) {
            case "" -> new NumberRange(v - rounding, v + rounding, Bound.EXACT);
            case "at least" -> new NumberRange(v - rounding, Double.MAX_VALUE, Bound.LOWER);
            case "more than", "over", "above", "higher than", "greater than", "in excess of", "upwards of", "exceeding",
                    "exceeded" ->
                new NumberRange(v * (1 + STRICT) + rounding, Double.MAX_VALUE, Bound.LOWER);
            case "less than", "fewer than", "under", "below", "lower than" -> new NumberRange(0, v * (1 - STRICT) + rounding, Bound.UPPER);
            case "at most", "up to", "as many as", "as much as", "within" -> new NumberRange(0, v + rounding, Bound.UPPER);
            case "nearly", "almost" -> new NumberRange(v * (1 - tolerance), v + rounding, Bound.UPPER);
            default -> approximate(n, tolerance);
        };
    }

    /**
     * "about 40,000" is ±10%, but "some 420" does not stretch to 436: an approximate figure
     * reaches no further than one unit of its last significant digit ("420" ±10, "3.5 million"
     * ±0.1 million), so two figures a reporter wrote with care stay apart.
     */
    private static NumberRange approximate(NumberMention n, double tolerance) {
        double v = n.value();
        double width = Math.abs(v) * tolerance;
        double step = lastDigitUnit(n);
        width = step > 0 ? Math.min(width, step) : width;
        return new NumberRange(v - width, v + width, Bound.APPROXIMATE);
    }

    /**
     * Two figures bounded the same way name the same bound when they are at most one unit of the
     * last significant digit of the more precise one apart, and within the tolerance ("more than 25
     * million" / "more than 26 million", not "more than 125 million" / "more than 120 million").
     */
    static boolean sameBoundedFigure(NumberMention x, NumberMention y, double tolerance) {
        double gap = Math.abs(x.value() - y.value());
        double step = Math.min(positive(lastDigitUnit(x)), positive(lastDigitUnit(y)));
        return gap <= tolerance * Math.max(Math.abs(x.value()), Math.abs(y.value())) && gap <= step * (1 + 1e-9);
    }

    private static double positive(double unit) {
        return unit > 0 ? unit : Double.MAX_VALUE;
    }

    // The value of one unit in the last significant digit as written, or 0 when the figure is in words.
    private static double lastDigitUnit(NumberMention n) {
        Matcher m = WRITTEN.matcher(n.text());
        return m.find() ? lastDigitUnit(m, n.value()) : 0;
    }

    // For the digits a matcher of WRITTEN found: "420" 10, "3.5" (million) 0.1 million.
    private static double lastDigitUnit(Matcher m, double value) {
        String whole = m.group(1).replace(",", "");
        String decimals = m.group(2);
        double written = Double.parseDouble(decimals == null ? whole : whole + "." + decimals);
        double scale = written == 0 ? 1 : value / written;
        if (decimals != null) {
            return Math.pow(10, -decimals.length()) * scale;
        }
        String significant = whole.replaceAll("0+$", "");
        return significant.isEmpty() ? 0 : Math.pow(10, whole.length() - significant.length()) * scale;
    }

    boolean overlaps(NumberRange other) {
        return low <= other.high && other.low <= high;
    }

    // "1.2 billion" stands for anything from 1.15 to 1.25 billion; whole numbers are counts, exact.
    private static double rounding(NumberMention n) {
        Matcher m = WRITTEN.matcher(n.text());
        return m.find() && m.group(2) != null ? 0.5 * lastDigitUnit(m, n.value()) : 0;
    }
}
