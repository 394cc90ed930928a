package io.triangulate.alignment.judge;

import io.triangulate.alignment.DifferenceKind;
import io.triangulate.claims.ClaimAnnotations.Attribution;
import io.triangulate.report.parsing.TaggedToken;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Different sources for the same fact (ATTRIBUTION): both claims attribute it, to sources that
 * cannot be the same. A source on one side only, or a name or pronoun against a definite
 * description ("Trump" / "the president", "he" / "her spokesman") is no conflict: the reports may
 * well mean one person. A name or pronoun against an indefinite or plural source ("Owen" / "a
 * family friend", "he" / "witnesses") is: one known person is not some new other or a group.
 */
final class AttributionCheck implements FactCheck {

    // Generic words for officialdom that reports use interchangeably for one unnamed source.
    private static final Set<String> OFFICIAL = Set.of("official", "authority", "government", "spokesman",
            "spokeswoman", "spokesperson", "police", "officer", "ministry", "administration", "source");

    private static final Set<String> TIMES = Set.of("year", "month", "week", "day", "time", "today", "yesterday");

    private static final Set<String> INDEFINITE = Set.of("a", "an", "some", "several", "many", "two", "three");

    @Override
    public List<Conflict> conflicts(ClaimPair pair) {
        Attribution x = pair.a().annotations().attribution();
        Attribution y = pair.b().annotations().attribution();
        if (x == null || y == null) {
            return List.of();
        }
        List<TaggedToken> left = sourceTokens(pair.a(), x);
        List<TaggedToken> right = sourceTokens(pair.b(), y);
        if (left.isEmpty() || right.isEmpty() || !differ(pair, x, left, y, right)) {
            return List.of();
        }
        return List.of(new Conflict(DifferenceKind.ATTRIBUTION, x.source(), y.source(),
                "attribute this to different sources"));
    }

    private static boolean differ(ClaimPair pair, Attribution x, List<TaggedToken> left, Attribution y,
            List<TaggedToken> right) {
        if (timeWord(left) || timeWord(right)) {
            return false;
        }
        if (pronoun(left) || pronoun(right)) {
            return pronoun(left) != pronoun(right) && someoneElse(pronoun(left) ? right : left);
        }
        if (has(left, "PROPN") != has(right, "PROPN") && !sameCapitalised(left, right)) {
            return someoneElse(has(left, "PROPN") ? right : left);
        }
        if (has(left, "PROPN") && has(right, "PROPN") && !sameNames(left, right)) {
            return !Names.sameName(x.source(), y.source()) && !Names.mentioned(x.source(), pair.b())
                    && !Names.mentioned(y.source(), pair.a());
        }
        List<String> nouns = nouns(left);
        List<String> others = nouns(right);
        boolean official = nouns.stream().anyMatch(OFFICIAL::contains) && others.stream().anyMatch(OFFICIAL::contains);
        return !nouns.isEmpty() && !others.isEmpty() && !official && nouns.stream().noneMatch(others::contains);
    }

    /** An indefinite ("a family friend") or plural ("witnesses", "hospital officials") description. */
    private static boolean someoneElse(List<TaggedToken> description) {
        if (INDEFINITE.contains(description.get(0).text().toLowerCase(Locale.ROOT))) {
            return true;
        }
        List<TaggedToken> nouns = description.stream().filter(t -> "NOUN".equals(t.pos())).toList();
        if (nouns.isEmpty()) {
            return false;
        }
        TaggedToken head = nouns.get(nouns.size() - 1);
        return !head.text().equalsIgnoreCase(head.lemma()) && head.text().toLowerCase(Locale.ROOT).endsWith("s");
    }

    /** "he" or "she" alone: someone the report introduced before, not "a spokesman" it introduces now. */
    private static boolean pronoun(List<TaggedToken> tokens) {
        return tokens.size() == 1 && "PRON".equals(tokens.get(0).pos());
    }

    /** "Orange officials" / "Orange authorities": one organisation; its descriptions are compared next. */
    private static boolean sameNames(List<TaggedToken> left, List<TaggedToken> right) {
        return names(left).equals(names(right));
    }

    /**
     * "Palmer officials" / "Palmer authorities": the tagger may call "Palmer" a proper noun on one
     * side only; the same capitalised words on both sides name the same organisation.
     */
    private static boolean sameCapitalised(List<TaggedToken> left, List<TaggedToken> right) {
        List<String> capitalised = capitalised(left);
        return !capitalised.isEmpty() && capitalised.equals(capitalised(right));
    }

    private static List<String> capitalised(List<TaggedToken> tokens) {
        return tokens.stream().filter(t -> !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0)))
                .map(t -> t.text().toLowerCase(Locale.ROOT)).toList();
    }

    private static List<String> names(List<TaggedToken> tokens) {
        return tokens.stream().filter(t -> "PROPN".equals(t.pos())).map(t -> t.text().toLowerCase(Locale.ROOT)).toList();
    }

    private static List<TaggedToken> sourceTokens(ClaimView view, Attribution a) {
        int from = view.text().indexOf(a.source(), a.start());
        int to = from + a.source().length();
        return view.tokens().stream().filter(t -> from >= 0 && t.start() >= from && t.end() <= to).toList();
    }

    // "this year was confirmed by ...": the attribution annotator takes a time for a speaker.
    private static boolean timeWord(List<TaggedToken> tokens) {
        return tokens.stream().anyMatch(t -> TIMES.contains(t.lemma()));
    }

    private static boolean has(List<TaggedToken> tokens, String pos) {
        return tokens.stream().anyMatch(t -> pos.equals(t.pos()));
    }

    private static List<String> nouns(List<TaggedToken> tokens) {
        return tokens.stream().filter(t -> "NOUN".equals(t.pos())).map(TaggedToken::lemma).toList();
    }
}
