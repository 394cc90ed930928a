package io.triangulate.alignment.judge;

import io.triangulate.alignment.DifferenceKind;
import io.triangulate.alignment.judge.NumberRange.Bound;
import io.triangulate.claims.ClaimAnnotations.NumberMention;
import io.triangulate.claims.annotation.NumberAnnotator;
import io.triangulate.report.parsing.TaggedToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quantities that cannot both be true (NUMBER) and equal figures under qualifiers that change
 * the claim (QUANTIFIER: "at least 12" against "12"). Two quantities are compared only when they
 * fill the same slot: the same unit ({@link Units}), both ordinals, or words the diff puts in each other's place.
 * One figure of two units counted back from the day of writing ("two weeks ago" / "two months
 * ago") names another day, a DATE difference, and so does another part of the year ("the second
 * quarter" / "the first quarter"); another figure of one unit is a NUMBER difference.
 * A figure conflicts only when nothing on the other side agrees with it, in both directions, so a
 * claim that adds a second figure ("born 1950, died 2010") is not a conflict. Of several figures
 * in one slot, the one standing among the same words is the counterpart ({@link FigureContext}). The same figure
 * in the same slot with another unit ("one-year" / "one-month") is a changed quantity. The same
 * count with its noun left out on one side ("more than four of the cast" / "four of whom") is in
 * the same slot, unless the other side counts that noun elsewhere. Failing all
 * that, figures are paired off one with one, so a figure repeated in place of another ("from 3 to
 * 4" / "from 3 to 3") still conflicts.
 */
final class NumberCheck implements FactCheck {

    // How far a count of days or weeks may be from the months or years it restates.
    private static final double CALENDAR_SLACK = 0.03;

    private final double tolerance;
    private final int maxSwapTokens;
    private final FigureContext context;

    NumberCheck(JudgeSettings settings) {
        this.tolerance = settings.approximateTolerance();
        this.maxSwapTokens = settings.maxSwapTokens();
        this.context = new FigureContext(settings);
    }

    @Override
    public List<Conflict> conflicts(ClaimPair pair) {
        List<Conflict> found = new ArrayList<>();
        Matcher left = tally(pair.a());
        Matcher right = tally(pair.b());
        if (left != null && right != null && !sameTally(left, right)) {
            // "voted 52-48" / "voted 51-49": one result, not two figures paired at a guess
            found.add(new Conflict(DifferenceKind.NUMBER, left.group(), right.group(), "give different results"));
        }
        for (NumberMention x : figures(pair.a(), pair.b())) {
            if (pair.b().annotations().numbers().stream().anyMatch(y -> generalTwins(pair, x, y))) {
                continue;
            }
            List<NumberMention> slot = sameSlot(pair, x);
            List<NumberMention> mates = mates(pair, x, slot);
            // The same figure in the same slot is the same quantity: only its qualifier can differ.
            List<NumberMention> equal = slot.stream().filter(y -> sameValue(x, y)).toList();
            NumberMention placed = context.placedAlike(pair, x, slot);
            if (placed != null && !agree(pair, x, placed) && !equal.contains(placed)) {
                found.add(conflict(pair, x, placed)); // the same figures given to other places
            } else if (!equal.isEmpty()) {
                equal.stream().filter(y -> !agree(pair, x, y)).findFirst().ifPresent(y -> found.add(conflict(pair, x, y)));
            } else if (mates.stream().noneMatch(y -> agree(pair, x, y))) {
                mates.stream().filter(y -> unmatched(pair, y)).findFirst().ifPresent(y -> found.add(conflict(pair, x, y)));
            }
        }
        if (found.isEmpty()) {
            leftOver(pair).ifPresent(found::add);
        }
        return found;
    }

    /**
     * Figures paired off one with one, equal ones first: a figure left on each side in the same
     * slot conflicts although each figure of one claim is found in the other ("from 3 to 4" /
     * "from 3 to 3").
     */
    private Optional<Conflict> leftOver(ClaimPair pair) {
        List<NumberMention> left = new ArrayList<>(figures(pair.a(), pair.b()));
        List<NumberMention> right = new ArrayList<>(figures(pair.b(), pair.a()));
        if (left.size() < 2 && right.size() < 2) {
            return Optional.empty();
        }
        OneToOne.pairOff(left, right, (x, y) -> sameSlot(pair, x, y) && sameValue(x, y) && agree(pair, x, y)
                || generalTwins(pair, x, y));
        OneToOne.pairOff(left, right, (x, y) -> sameSlot(pair, x, y) && agree(pair, x, y));
        for (NumberMention x : left) {
            for (NumberMention y : right) {
                if (sameSlot(pair, x, y)) {
                    return Optional.of(conflict(pair, x, y));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "put the figure at 400,000" / "400,000 people took part": the other claim gives the same
     * figure as a count of no noun, after a word for a figure, so the two stand for one quantity.
     * Two sources' figures given in the other order so still agree ("the ministry said 87,000 took
     * part, the union put the figure at 400,000" / "the union estimated 400,000, the ministry put
     * the number at 87,000"); "5 killed and 12 injured" / "12 killed and 5 injured" still differ.
     */
    private static boolean generalTwins(ClaimPair pair, NumberMention x, NumberMention y) {
        return sameValue(x, y) && Objects.equals(x.qualifier(), y.qualifier())
                && (x.unit() == null && y.unit() != null && afterAWordForAFigure(pair.a(), x)
                        || y.unit() == null && x.unit() != null && afterAWordForAFigure(pair.b(), y));
    }

    private static final Set<String> FIGURE_WORDS = Set.of("figure", "number", "total", "tally", "count", "toll",
            "estimate");
    private static final int FIGURE_WORD_REACH = 4;

    private static boolean afterAWordForAFigure(ClaimView view, NumberMention n) {
        List<TaggedToken> before = view.tokens().stream().filter(t -> t.end() <= n.start()).toList();
        return before.subList(Math.max(0, before.size() - FIGURE_WORD_REACH), before.size()).stream()
                .anyMatch(t -> FIGURE_WORDS.contains(t.lemma()));
    }

    private boolean agree(ClaimPair pair, NumberMention x, NumberMention y) {
        return agree(x, y) || sameWordsCounted(pair, x, y);
    }

    /**
     * The claim's figures, less the whole of a partitive whose part the other claim gives alone:
     * "three of the five suspects" / "three suspects" agree, the other report leaves the five out.
     */
    private static List<NumberMention> figures(ClaimView view, ClaimView other) {
        Matcher tally = tally(view);
        List<NumberMention> all = tally == null || tally(other) == null ? view.annotations().numbers()
                : view.annotations().numbers().stream().filter(n -> n.end() <= tally.start() || n.start() >= tally.end())
                        .toList(); // two tallies are compared whole
        return withoutPartitiveWhole(all, view, other);
    }

    /**
     * "52-48", "3-1", "52 to 48" in a claim about a vote or a game: one result of two figures,
     * compared whole, and the same written from either side.
     */
    private static final Pattern TALLY = Pattern.compile("(?<![\\d.,\\-/])(\\d{1,3})(?:\\s?[-\u2013]\\s?|\\s+to\\s+)(\\d{1,3})(?![\\d.,%\\-/])");
    private static final Pattern RESULT_WORDS = Pattern.compile("(?i)\\b(?:vot\\w*|beat|won|win|wins|lost|loses|lose|defeat\\w*|drew|draw|score\\w*|margin|tally|ruled|victory)\\b");

    // The claim's one tally, or null when it has none or several.
    private static Matcher tally(ClaimView view) {
        if (view.annotations().numbers().size() < 2) {
            return null; // no two figures, no tally: most claims stop here
        }
        Matcher m = TALLY.matcher(view.text());
        if (!m.find() || !RESULT_WORDS.matcher(view.text()).find()) {
            return null;
        }
        Matcher only = TALLY.matcher(view.text());
        only.find();
        return m.find() ? null : only;
    }

    // "won 3-0" / "a home defeat (0-3)": a result is written from either side
    private static boolean sameTally(Matcher x, Matcher y) {
        return x.group(1).equals(y.group(1)) && x.group(2).equals(y.group(2))
                || x.group(1).equals(y.group(2)) && x.group(2).equals(y.group(1));
    }

    private static List<NumberMention> withoutPartitiveWhole(List<NumberMention> all, ClaimView view, ClaimView other) {
        if (partitive(other) >= 0) {
            return all; // "three of the five" / "three of the six": both give a whole, and they differ
        }
        int whole = partitive(view);
        List<NumberMention> numbers = view.annotations().numbers();
        if (whole < 0 || other.annotations().numbers().stream().noneMatch(n -> sameValue(n, numbers.get(whole - 1)))) {
            return all;
        }
        List<NumberMention> kept = new ArrayList<>(all);
        kept.remove(numbers.get(whole));
        return kept;
    }

    // The index of the first figure that is the whole of a partitive ("the five" of "three of the five"), or -1.
    private static int partitive(ClaimView view) {
        List<NumberMention> all = view.annotations().numbers();
        for (int i = 1; i < all.size(); i++) {
            NumberMention part = all.get(i - 1);
            NumberMention whole = all.get(i);
            if (part.end() <= whole.start() && PARTITIVE.matcher(view.text().substring(part.end(), whole.start())).matches()) {
                return i;
            }
        }
        return -1;
    }

    // what stands between the part and the whole: "three of the five", "15 out of 28", "two of its four"
    private static final Pattern PARTITIVE = Pattern.compile("\\s+(?:out\\s+)?of\\s+(?:the\\s+|its\\s+|their\\s+|these\\s+|those\\s+)?");

    /**
     * "fifteen university campuses" / "15 university campuses": the same figure before the same
     * words, to which the tagger gave two different heads (it read "campuses" as a verb once).
     */
    private static boolean sameWordsCounted(ClaimPair pair, NumberMention x, NumberMention y) {
        if (!sameValue(x, y) || changesMeaning(NumberRange.boundOf(x.qualifier()), NumberRange.boundOf(y.qualifier()))) {
            return false;
        }
        List<TaggedToken> left = wordsAfter(pair.a(), x);
        List<TaggedToken> right = wordsAfter(pair.b(), y);
        boolean sameWords = !left.isEmpty() && left.stream().map(TaggedToken::lower).toList()
                .equals(right.stream().map(TaggedToken::lower).toList());
        // the unit one side took is among the words the other counts ("one-month anniversary" is not)
        return sameWords && (counts(right, x.unit()) || counts(left, y.unit()));
    }

    private static final int COUNTED_WORDS = 2;

    private static List<TaggedToken> wordsAfter(ClaimView view, NumberMention n) {
        return view.tokens().stream().filter(t -> t.start() >= n.end()).limit(COUNTED_WORDS).toList();
    }

    private static boolean counts(List<TaggedToken> words, String unit) {
        return unit != null && words.stream().anyMatch(t -> t.lemma().equals(unit));
    }

    // Of several figures in the slot, the one among the same words; the same figure wherever it stands.
    private List<NumberMention> mates(ClaimPair pair, NumberMention x, List<NumberMention> candidates) {
        return candidates.stream().anyMatch(y -> sameValue(x, y)) ? candidates : context.counterparts(pair, x, candidates);
    }

    private List<NumberMention> sameSlot(ClaimPair pair, NumberMention x) {
        return figures(pair.b(), pair.a()).stream().filter(y -> sameSlot(pair, x, y)).toList();
    }

    private boolean sameSlot(ClaimPair pair, NumberMention x, NumberMention y) {
        if (Units.days(x.unit()) > 0 && Units.days(y.unit()) > 0 && offset(pair.a(), x) != offset(pair.b(), y)) {
            return false; // "a five-year civil war" / "two years after independence": a length and a distance in time
        }
        boolean sameUnit = Units.same(x.unit(), y.unit()) || Units.days(x.unit()) > 0 && Units.days(y.unit()) > 0;
        boolean ordinals = NumberAnnotator.isOrdinal(x) && NumberAnnotator.isOrdinal(y);
        return sameUnit || ordinals || elided(pair, x, y) || pair.substituted(x.start(), y.start(), maxSwapTokens);
    }

    // "more than four of the cast" / "four of whom": the same count, bounded on one side only, its
    // noun left out on one side, and the other side has no count of that noun to face it ("more than
    // 7 reviews" / "8 reviews")
    private static boolean elided(ClaimPair pair, NumberMention x, NumberMention y) {
        boolean oneBound = bounded(x) != bounded(y);
        if (!oneBound || !sameValue(x, y) || x.unit() != null && y.unit() != null || NumberAnnotator.isOrdinal(x)
                || NumberAnnotator.isOrdinal(y)) {
            return false;
        }
        List<NumberMention> others = x.unit() != null ? pair.b().annotations().numbers()
                : pair.a().annotations().numbers();
        String unit = x.unit() != null ? x.unit() : y.unit();
        return unit == null || others.stream().noneMatch(n -> Units.same(unit, n.unit()));
    }

    private static boolean bounded(NumberMention n) {
        Bound bound = NumberRange.boundOf(n.qualifier());
        return bound == Bound.LOWER || bound == Bound.UPPER;
    }

    private boolean unmatched(ClaimPair pair, NumberMention y) {
        ClaimPair back = pair.swapped();
        return mates(back, y, sameSlot(back, y)).stream().noneMatch(x -> agree(back, y, x));
    }

    // Equal figures under the same kind of qualifier, or ranges that overlap, agree.
    private boolean agree(NumberMention x, NumberMention y) {
        if (Units.days(x.unit()) > 0 && Units.days(y.unit()) > 0 && !Units.same(x.unit(), y.unit())) {
            return sameDuration(x, y);
        }
        // "first customer" / "first enterprise customer": a rank keeps its value whatever noun follows it
        boolean otherUnit = x.unit() != null && y.unit() != null && !Units.same(x.unit(), y.unit())
                && !NumberAnnotator.isOrdinal(x);
        if (sameValue(x, y) && otherUnit) {
            return false;
        }
        if (sameValue(x, y)) {
            return !changesMeaning(NumberRange.boundOf(x.qualifier()), NumberRange.boundOf(y.qualifier()));
        }
        Bound bound = NumberRange.boundOf(x.qualifier());
        if (bound == NumberRange.boundOf(y.qualifier()) && (bound == Bound.LOWER || bound == Bound.UPPER)) {
            // Both reports bound the figure: "more than 25 million" / "more than 26 million" is the same
            // claim updated, but "up to $180 million" / "up to $206 million", "more than 125 million" /
            // "more than 120 million" or "at least two" / "at least six" give plainly different
            // figures, although their ranges overlap.
            return NumberRange.sameBoundedFigure(x, y, tolerance);
        }
        if (countedFrom(x, y) || countedFrom(y, x)) {
            return false;
        }
        return NumberRange.of(x, tolerance).overlaps(NumberRange.of(y, tolerance));
    }

    /**
     * "At least 23 people were killed" against "31 people died": a figure given as at least a count
     * is that count as its source knows it, so an exact figure above it is another count, not one the
     * bound allows. A share stays a range: "at least 70 percent" / "73 percent" agree.
     */
    private static boolean countedFrom(NumberMention bounded, NumberMention exact) {
        return "at least".equals(bounded.qualifier()) && exact.qualifier() == null && exact.value() > bounded.value()
                && Math.rint(bounded.value()) == bounded.value() && Math.rint(exact.value()) == exact.value()
                && !"percent".equals(bounded.unit()) && !"percent".equals(exact.unit());
    }

    /**
     * "two weeks" / "14 days", "a year" / "12 months": one duration in two units, compared in days.
     * Months and years have no fixed length in days or weeks, so "six months" / "26 weeks" (182.6
     * / 182 days) agree within {@link #CALENDAR_SLACK}.
     */
    private boolean sameDuration(NumberMention x, NumberMention y) {
        double a = x.value() * Units.days(x.unit());
        double b = y.value() * Units.days(y.unit());
        NumberMention left = new NumberMention(x.text(), x.start(), x.end(), a, "day", x.qualifier());
        NumberMention right = new NumberMention(y.text(), y.start(), y.end(), b, "day", y.qualifier());
        boolean approximate = Units.calendar(x.unit()) != Units.calendar(y.unit());
        return agree(left, right) || approximate && Math.abs(a - b) <= CALENDAR_SLACK * Math.max(a, b);
    }

    private static boolean changesMeaning(Bound x, Bound y) {
        return x != y && x != Bound.APPROXIMATE && y != Bound.APPROXIMATE;
    }

    private static boolean sameValue(NumberMention x, NumberMention y) {
        return Math.abs(x.value() - y.value()) <= 1e-9 * Math.max(1, Math.abs(x.value()));
    }

    private static Conflict conflict(ClaimPair pair, NumberMention x, NumberMention y) {
        boolean oneUnit = Objects.equals(x.unit(), y.unit()) || Units.same(x.unit(), y.unit()) || elided(pair, x, y);
        if (sameValue(x, y) && oneUnit) {
            return new Conflict(DifferenceKind.QUANTIFIER, qualified(pair.a(), x), qualified(pair.b(), y),
                    "qualify " + Topics.of(pair.a(), x.end(), x.unit()) + " differently");
        }
        String unit = x.unit() != null ? x.unit() : y.unit();
        String left = qualified(pair.a(), x);
        String right = qualified(pair.b(), y);
        if (left.equalsIgnoreCase(right)) { // "15 years" / "15 months": the figures differ by their units
            left = withNextWord(pair.a(), x, left);
            right = withNextWord(pair.b(), y, right);
        }
        String period = periodOfYear(pair.a(), x);
        if (period != null && period.equals(periodOfYear(pair.b(), y))) { // "the second quarter" / "the first quarter"
            return new Conflict(DifferenceKind.DATE, left + " " + period, right + " " + period, "give different dates");
        }
        if (sameValue(x, y) && ago(pair.a(), x) && ago(pair.b(), y)) { // "two weeks ago" / "a month ago": another day
            return new Conflict(DifferenceKind.DATE, left + " ago", right + " ago", "give different dates");
        }
        return new Conflict(DifferenceKind.NUMBER, left, right, "give different numbers for " + Topics.of(pair.a(), x.end(), unit));
    }

    // the unit after the figure, if the figure did not take it ("two years", "a week")
    private static final String UNIT_AFTER = "(?:[-\\s]+\\p{L}+)?\\s+";
    private static final Pattern OFFSET = Pattern.compile(UNIT_AFTER + "(?:ago|after|before|later|earlier|prior|on)\\b",
            Pattern.CASE_INSENSITIVE);

    // A span that places a time against another ("two years after independence", "a week later",
    // "three days ago"), not the length of what the claim tells.
    private static boolean offset(ClaimView view, NumberMention n) {
        return OFFSET.matcher(view.text()).region(n.end(), view.text().length()).lookingAt();
    }

    private static final Pattern AGO = Pattern.compile(UNIT_AFTER + "ago\\b", Pattern.CASE_INSENSITIVE);

    // A span counted back from the day of writing: "two weeks ago", "a year ago".
    private static boolean ago(ClaimView view, NumberMention n) {
        return AGO.matcher(view.text()).region(n.end(), view.text().length()).lookingAt();
    }

    private static final Pattern ORDINAL = Pattern.compile("(?i)first|second|third|fourth|1st|2nd|3rd|4th");
    private static final Set<String> PERIODS = Set.of("quarter", "half");

    // "second quarter", "first half": the ordinal names a part of the year, a time; null otherwise.
    private static String periodOfYear(ClaimView view, NumberMention n) {
        if (!ORDINAL.matcher(n.text()).matches()) {
            return null;
        }
        return view.tokens().stream().filter(t -> t.start() >= n.end()).findFirst().map(TaggedToken::lower)
                .filter(PERIODS::contains).orElse(null);
    }

    private static String withNextWord(ClaimView view, NumberMention n, String written) {
        return view.tokens().stream().filter(t -> t.start() >= n.end() && !t.isPunctuation()).findFirst()
                .map(t -> view.text().substring(n.end() - written.length(), t.end())).orElse(written);
    }

    /** The figure with the qualifier in front of it as the claim writes it ("at least 12"). */
    static String qualified(ClaimView view, NumberMention n) {
        String q = n.qualifier();
        int from = q == null ? n.start() : n.start() - q.length() - 1;
        boolean written = from >= 0 && view.text().regionMatches(true, from, q == null ? "" : q, 0,
                q == null ? 0 : q.length());
        return view.text().substring(written ? from : n.start(), n.end());
    }
}
