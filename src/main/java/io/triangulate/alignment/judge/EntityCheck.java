package io.triangulate.alignment.judge;

import io.triangulate.alignment.DifferenceKind;
import io.triangulate.alignment.judge.TokenDiff.Hunk;
import io.triangulate.report.parsing.TaggedToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A name or place swapped for another: a short substitution in the diff with a proper noun on
 * both sides ("in Beijing" / "in Moscow"). A name on one side only ("Trump" / "the president") is
 * a rewording, and a name the other claim mentions anywhere, or spells out as an acronym
 * ("U.S." / "United States"), is the same name moved or written differently, unless the other
 * claim has it only as a spelling variant both claims share ("Russian" in each), or writes it fewer
 * times ("the Palmer chief and the Palmer police" / "... the Europe police"). The tagger misses
 * rarer names ("Albany" as an adjective, "Scherlinck" as a verb): against a proper noun, or
 * against another such word, a word capitalised inside the sentence counts as a name too. A name whose ordinary words are swapped
 * for WordNet synonyms, word for word ("Cannes Film Festival" / "Cannes Movie Festival"), is the
 * same name reworded. A designation with other digits ("A4" / "A5") is a figure, {@link CodeCheck}'s.
 */
final class EntityCheck implements FactCheck {

    // Days and months are dates, compared as such.
    private static final Pattern CALENDAR = Pattern.compile("(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov"
            + "|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?|(january|february|march|april|june|july|august"
            + "|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)");

    // What a name opening the sentence is read as; "He" and "In" are in WordNet as elements
    private static final Set<String> OPENING_NAME_TAGS = Set.of("ADJ", "PROPN", "NOUN");
    // Forms of address WordNet writes with a capital: "Miss Stewart" / "Martha Stewart" is one woman.
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir",
            "lady", "lord", "dame", "mister", "madam", "prof");

    private final int maxSwapTokens;

    EntityCheck(JudgeSettings settings) {
        this.maxSwapTokens = settings.maxSwapTokens();
    }

    @Override
    public List<Conflict> conflicts(ClaimPair pair) {
        List<Conflict> found = new ArrayList<>();
        for (Hunk h : pair.substitutions(maxSwapTokens)) {
            boolean tagged = hasProperNoun(pair.a(), h.aFrom(), h.aTo()) || hasProperNoun(pair.b(), h.bFrom(), h.bTo())
                    || hasCapitalInside(pair.a(), h.aFrom(), h.aTo()) && hasCapitalInside(pair.b(), h.bFrom(), h.bTo());
            String left = name(pair.a(), h.aFrom(), h.aTo(), pair.b(), tagged);
            String right = name(pair.b(), h.bFrom(), h.bTo(), pair.a(), tagged);
            if (left != null && right != null && !Names.sameName(left, right) && !reworded(left, right)
                    && !CodeCheck.renumbered(left, right) && !openingPlural(h.aFrom(), left)
                    && !openingPlural(h.bFrom(), right)) {
                found.add(new Conflict(DifferenceKind.ENTITY, left, right, "name different people or places"));
            }
        }
        return found;
    }

    // "Meteorologists warned" / "Forecasters cautioned": a common plural opening the sentence, capitalised there only
    private static boolean openingPlural(int from, String name) {
        return from == 0 && !name.contains(" ") && Lexicon.commonPlural(name);
    }

    private static boolean reworded(String left, String right) {
        String[] x = left.split("\\s+");
        String[] y = right.split("\\s+");
        return x.length == y.length && IntStream.range(0, x.length)
                .allMatch(k -> x[k].equalsIgnoreCase(y[k]) || word(x[k]) && word(y[k]) && Lexicon.commonSynonyms(x[k], y[k]));
    }

    // An ordinary word is letters only: "U.K." or "A4" is an abbreviation or a code, not a word.
    private static boolean word(String token) {
        return token.chars().allMatch(Character::isLetter);
    }

    /** The proper-noun words of the stretch that the other claim does not mention, or null. */
    private static String name(ClaimView view, int from, int to, ClaimView other, boolean capitalsCount) {
        int first = -1;
        int last = -1;
        for (int i = from; i < to; i++) {
            if (isName(view.tokens().get(i)) || capitalsCount && capitalizedInside(view, i)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return null;
        }
        // The tagger often misses a name's first word ("United States"); capitals still join it.
        while (first > from && capitalizedWord(view.tokens().get(first - 1))) {
            first--;
        }
        while (last + 1 < to && capitalizedWord(view.tokens().get(last + 1))) {
            last++;
        }
        String words = view.words(first, last + 1);
        return Names.mentioned(words, other, view) && !writtenLessOften(words, other, view) ? null : words;
    }

    // "the Palmer chief and the Palmer police" / "the Palmer chief and the Europe police": the other
    // claim has the name, but once less, so one of its mentions was swapped, not moved.
    private static boolean writtenLessOften(String name, ClaimView other, ClaimView own) {
        int there = Names.occurrences(name, other);
        return there > 0 && there < Names.occurrences(name, own);
    }

    private static boolean hasProperNoun(ClaimView view, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isName(view.tokens().get(i))) {
                return true;
            }
        }
        return false;
    }

    // A capitalised word of letters only that is no pronoun ("I"): "Zelq" / "ORB", not "I've" or "I-70".
    private static boolean hasCapitalInside(ClaimView view, int from, int to) {
        return IntStream.range(from, to).anyMatch(i -> capitalizedInside(view, i) && !"PRON".equals(view.tokens().get(i).pos())
                && word(view.tokens().get(i).text()));
    }

    // A capitalised word that does not open the sentence, a quotation or a parenthesis, or one there
    // that WordNet writes with a capital.
    private static boolean capitalizedInside(ClaimView view, int i) {
        TaggedToken token = view.tokens().get(i);
        if (!capitalizedWord(token) || CALENDAR.matcher(token.text()).matches()
                || token.text().chars().noneMatch(Character::isLetter)) {
            return false;
        }
        if (i == 0 || view.tokens().get(i - 1).isPunctuation() && !view.tokens().get(i - 1).text().equals(",")) {
            // "Russian troops shelled ...": capitalised anyway, a name only where WordNet spells it as one
            return OPENING_NAME_TAGS.contains(token.pos()) && !HONORIFICS.contains(token.lower().replace(".", ""))
                    && Lexicon.spelledAsName(token.lower());
        }
        return true;
    }

    private static boolean capitalizedWord(TaggedToken token) {
        return token.isCapitalized() && !token.lower().equals("the") && !token.isPunctuation();
    }

    private static boolean isName(TaggedToken token) {
        return "PROPN".equals(token.pos()) && token.isCapitalized() && !CALENDAR.matcher(token.text()).matches()
                && token.text().chars().anyMatch(Character::isLetter);
    }
}
