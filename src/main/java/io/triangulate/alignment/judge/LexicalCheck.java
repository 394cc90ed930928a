package io.triangulate.alignment.judge;

import io.triangulate.alignment.DifferenceKind;
import io.triangulate.alignment.judge.Lexicon.Relation;
import io.triangulate.alignment.judge.TokenDiff.Hunk;
import io.triangulate.report.parsing.TaggedToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import net.sf.extjwnl.data.POS;

/**
 * A content word swapped for one that means something else, in claims that are otherwise close:
 * "manslaughter" / "murder", "blue" / "white", "Russian" / "Mexican". WordNet tells these from
 * synonyms ("said" / "stated") and from a word that only says more or less ("killed" /
 * "murdered"). Only claims with few changed stretches are read this way: in heavy rewording a
 * word paired with another is a guess, and paraphrases would be flagged; a stretch of function
 * words alone ("on" / "for") is no rewording. Where a short stretch stands for one of another
 * length, their last words are paired, the heads of English noun phrases. Opposites are left to
 * {@link PolarityCheck}; names on both sides to {@link EntityCheck}; the words of who says it
 * ("the SEC said" / "the commission said") to {@link AttributionCheck}.
 */
final class LexicalCheck implements FactCheck {

    private static final Map<String, POS> CONTENT = Map.of("NOUN", POS.NOUN, "VERB", POS.VERB, "ADJ",
            POS.ADJECTIVE, "ADV", POS.ADVERB, "PROPN", POS.NOUN);

    /**
     * Word-vector cosine above which two swapped words count as near-synonyms. Measured on word
     * pairs: synonyms WordNet misses sit at 0.70-0.87 (authorities/officials, film/movie), real
     * swaps below 0.66 (car/truck, blue/white, murder/manslaughter).
     */
    static final double NEAR_SYNONYM = 0.7;

    /**
     * Word-vector cosine under which a word WordNet does not know counts as swapped for another
     * ("clifftop" / "beach" 0.36, "smartphones" / "laptops" 0.55 stays). Measured on SummEdits:
     * 0.35, 0.45 and 0.55 all gain, 0.45 most for the fewest false alarms.
     */
    private static final double UNKNOWN_APART = 0.45;

    /**
     * Verbs swap more freely than nouns in paraphrase ("captured" / "recorded" an image, "address"
     * / "fix" an issue), so a verb counts only when its vectors are far apart too ("prop up" /
     * "sell"). On SummEdits, verbs at any distance gave six true and six false alarms.
     */
    private static final double VERB_APART = 0.4;

    private final JudgeSettings settings;
    private final WordSimilarity words;

    LexicalCheck(JudgeSettings settings, WordSimilarity words) {
        this.settings = settings;
        this.words = words;
    }

    @Override
    public List<Conflict> conflicts(ClaimPair pair) {
        List<Conflict> found = new ArrayList<>();
        if (!close(pair)) {
            return found;
        }
        for (Hunk h : pair.hunks()) {
            int width = h.aTo() - h.aFrom();
            if (h.isSubstitution() && width == h.bTo() - h.bFrom() && width <= settings.maxLexicalWidth()) {
                for (int k = 0; k < width && found.isEmpty(); k++) {
                    Conflict c = swap(pair, h.aFrom() + k, h.bFrom() + k);
                    if (c != null) {
                        found.add(c);
                    }
                }
                headNouns(pair, h).filter(n -> found.isEmpty()).map(n -> swap(pair, n[0], n[1]))
                        .filter(Objects::nonNull).ifPresent(found::add);
            } else if (h.isSubstitution() && h.width() <= settings.maxLexicalWidth() && found.isEmpty()
                    && !PolarityCheck.refusalWordedTwoWays(pair, h)) {
                // unequal stretches ("electrical connection" / "battery"): their last content words,
                // the heads ("prop up" / "sink" pairs "prop" with "sink")
                int i = lastContent(pair.a().tokens(), h.aFrom(), h.aTo());
                int j = lastContent(pair.b().tokens(), h.bFrom(), h.bTo());
                Conflict c = i < 0 || j < 0 ? null : swap(pair, i, j);
                if (c != null) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    /**
     * The last nouns of two stretches of one length when they stand in different places: "prosecutor
     * general" / "prime minister" are a prosecutor and a minister, though word for word an adjective
     * faces a noun.
     */
    private static Optional<int[]> headNouns(ClaimPair pair, Hunk h) {
        int i = lastNoun(pair.a().tokens(), h.aFrom(), h.aTo());
        int j = lastNoun(pair.b().tokens(), h.bFrom(), h.bTo());
        return i >= 0 && j >= 0 && i - h.aFrom() != j - h.bFrom() ? Optional.of(new int[] {i, j}) : Optional.empty();
    }

    // The last word of a stretch that is no particle, preposition, determiner or pronoun; -1 when none is.
    private static int lastContent(List<TaggedToken> tokens, int from, int to) {
        return last(tokens, from, to, t -> !FUNCTION_TAGS.contains(t.pos()));
    }

    private static int lastNoun(List<TaggedToken> tokens, int from, int to) {
        return last(tokens, from, to, t -> "NOUN".equals(t.pos()));
    }

    private static int last(List<TaggedToken> tokens, int from, int to, Predicate<TaggedToken> wanted) {
        for (int i = to - 1; i >= from; i--) {
            if (wanted.test(tokens.get(i))) {
                return i;
            }
        }
        return -1;
    }

    // Few changed stretches, and few changed words for the claims' length.
    private boolean close(ClaimPair pair) {
        int changed = pair.hunks().stream().mapToInt(Hunk::width).sum();
        int length = Math.max(pair.a().tokens().size(), pair.b().tokens().size());
        long worded = pair.hunks().stream().filter(h -> carriesContent(pair, h)).count();
        return worded <= settings.maxLexicalHunks() && changed <= settings.maxLexicalShare() * length;
    }

    // A stretch of function words only ("on" / "for") is not rewording.
    private static boolean carriesContent(ClaimPair pair, Hunk h) {
        for (int i = h.aFrom(); i < h.aTo(); i++) {
            if (CONTENT.containsKey(pair.a().tokens().get(i).pos())) {
                return true;
            }
        }
        for (int j = h.bFrom(); j < h.bTo(); j++) {
            if (CONTENT.containsKey(pair.b().tokens().get(j).pos())) {
                return true;
            }
        }
        return false;
    }

    private Conflict swap(ClaimPair pair, int i, int j) {
        TaggedToken x = pair.a().tokens().get(i);
        TaggedToken y = pair.b().tokens().get(j);
        if (othersToJudge(pair, x, y)) {
            return null;
        }
        RoleNames.Name role = RoleNames.find(pair.a(), x);
        RoleNames.Name other = RoleNames.find(pair.b(), y);
        if (role != null && other != null) {
            // "chief executive" / "top executive" is one role, "foreign minister" / "home secretary" two
            return role.role() == other.role() ? null : new Conflict(DifferenceKind.OTHER,
                    pair.a().text().substring(role.start(), role.end()),
                    pair.b().text().substring(other.start(), other.end()), "name different roles");
        }
        POS pos = CONTENT.get(x.pos());
        if (pos != null && CONTENT.get(y.pos()) != null && CONTENT.get(y.pos()) != pos
                && modifiersOfOneHead(pair, i, j)) {
            return modifierSwap(x, y);
        }
        if (pos == null || CONTENT.get(y.pos()) != pos || x.lemma().equalsIgnoreCase(y.lemma())
                || bothNames(x, y) || nameForNoun(x, y) || nameForNoun(y, x)
                || countsTime(pair.a(), x) && countsTime(pair.b(), y)) {
            return null;
        }
        if (pos == POS.VERB && Lexicon.causative(x.lemma()) && Lexicon.causative(y.lemma())) {
            return null; // "triggered a lockdown" / "led to the lockdown": one cause, worded two ways
        }
        if (pos == POS.VERB && (samePhrasal(pair.b(), j, x) || samePhrasal(pair.a(), i, y))) {
            return null; // "resigned" / "stepped down"
        }
        Relation r = Lexicon.relation(x.lemma(), y.lemma(), pos);
        double similarity = words.of(x.text(), y.text());
        if (pos == POS.VERB && similarity >= VERB_APART) {
            return null;
        }
        boolean unknownApart = r == Relation.UNKNOWN && words != WordSimilarity.NONE && similarity < UNKNOWN_APART;
        if (!unknownApart && (r != Relation.CO_HYPONYM && !(r == Relation.UNRELATED && settings.lexicalUnrelated())
                || similarity >= NEAR_SYNONYM)) {
            return null;
        }
        if (TIMES_OF_YEAR_AND_DAY.stream().anyMatch(t -> t.contains(x.lower()) && t.contains(y.lower()))) {
            return new Conflict(DifferenceKind.DATE, x.text(), y.text(), "give different times");
        }
        boolean named = named(x, i) || named(y, j);
        return new Conflict(named ? DifferenceKind.ENTITY : DifferenceKind.OTHER, x.text(), y.text(),
                named ? "name different people or places" : "use words that mean different things");
    }

    /**
     * Whether the verb at {@code k} with the particle after it ("stepped down", "broke down") is, as
     * WordNet lists the phrase, the same as the other claim's verb ("resigned").
     */
    private static boolean samePhrasal(ClaimView view, int k, TaggedToken other) {
        if (k + 1 >= view.tokens().size() || !PARTICLE_TAGS.contains(view.tokens().get(k + 1).pos())) {
            return false;
        }
        String phrase = view.tokens().get(k).lemma() + " " + view.tokens().get(k + 1).lower();
        Relation r = Lexicon.relation(phrase, other.lemma(), POS.VERB);
        return r == Relation.SYNONYM || r == Relation.COMPATIBLE;
    }

    private static final Set<String> PARTICLE_TAGS = Set.of("ADP", "ADV", "PART");

    // "in the spring" / "in the autumn", "in the morning" / "in the evening": a swap of these is about
    // when, a DATE difference
    private static final List<Set<String>> TIMES_OF_YEAR_AND_DAY = List.of(
            Set.of("spring", "summer", "autumn", "fall", "winter"),
            Set.of("morning", "afternoon", "evening", "night", "midday", "noon", "midnight", "dawn", "dusk"));

    private static final Set<String> FUNCTION_TAGS = Set.of("ADP", "PART", "DET", "PRON", "CCONJ", "SCONJ", "PUNCT");

    private static final Set<String> MODIFIER_TAGS = Set.of("ADJ", "NOUN");

    /**
     * An adjective and a noun that both modify the same following noun ("foreign minister" /
     * "defence minister"): the tagger gives them different parts of speech, so WordNet cannot
     * relate them; they name different things when their vectors are far apart, as a word WordNet
     * does not know does. Benchmarks unchanged (no such swap in SummEdits, VitaminC or MSRP).
     */
    private static boolean modifiersOfOneHead(ClaimPair pair, int i, int j) {
        List<TaggedToken> a = pair.a().tokens();
        List<TaggedToken> b = pair.b().tokens();
        return MODIFIER_TAGS.contains(a.get(i).pos()) && MODIFIER_TAGS.contains(b.get(j).pos()) && i + 1 < a.size()
                && j + 1 < b.size() && "NOUN".equals(a.get(i + 1).pos())
                && a.get(i + 1).lemma().equalsIgnoreCase(b.get(j + 1).lemma());
    }

    private Conflict modifierSwap(TaggedToken x, TaggedToken y) {
        if (words == WordSimilarity.NONE || x.isCapitalized() || y.isCapitalized()
                || words.of(x.text(), y.text()) >= UNKNOWN_APART) {
            return null;
        }
        return new Conflict(DifferenceKind.OTHER, x.text(), y.text(), "use words that mean different things");
    }

    /**
     * Words another check judges: moved words, the words of who says it (the attribution check),
     * opposites (the polarity check), words of a figure ("Half" / "50 percent", the number check)
     * and of a date ("today" / "yesterday", the date check).
     */
    private static boolean othersToJudge(ClaimPair pair, TaggedToken x, TaggedToken y) {
        return pair.eitherMoved(x, y) || pair.a().inSource(x) && pair.b().inSource(y)
                || Antonyms.opposite(x.lemma(), y.lemma()) || pair.a().inFigure(x) || pair.b().inFigure(y)
                || pair.a().inDate(x) && pair.b().inDate(y);
    }

    // "six months" / "180 days": units of time a figure counts; the number check compares the durations.
    private static boolean countsTime(ClaimView view, TaggedToken word) {
        return Units.days(word.lemma()) > 0
                && view.annotations().numbers().stream().anyMatch(n -> word.lemma().equalsIgnoreCase(n.unit()));
    }

    // "Dennison" / "the company": a proper noun for a lower-case common noun is a rewording, as in the entity check.
    private static boolean nameForNoun(TaggedToken name, TaggedToken noun) {
        return "PROPN".equals(name.pos()) && "NOUN".equals(noun.pos()) && !noun.isCapitalized();
    }

    // Names on both sides are the entity check's to judge, with its spelling-variant rules.
    private static boolean bothNames(TaggedToken x, TaggedToken y) {
        return "PROPN".equals(x.pos()) && "PROPN".equals(y.pos());
    }

    // A proper noun or a capitalised word inside the sentence ("Russian", "Mexican").
    private static boolean named(TaggedToken t, int index) {
        return "PROPN".equals(t.pos()) || index > 0 && t.isCapitalized();
    }
}
