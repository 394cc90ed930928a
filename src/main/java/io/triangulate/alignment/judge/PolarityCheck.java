package io.triangulate.alignment.judge;

import io.triangulate.alignment.DifferenceKind;
import io.triangulate.alignment.judge.TokenDiff.Hunk;
import io.triangulate.claims.ClaimAnnotations.Cue;
import io.triangulate.report.parsing.TaggedToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.extjwnl.data.POS;

/**
 * A claim and its contrary (NEGATION): a pair of opposites in each other's place ("rose" /
 * "fell"), or a negation on one side only ("is not" / "is"). Opposites count only when each word
 * is absent from the other claim, so "rose before falling" against "fell after rising" is not one.
 * A negation counts only where it is nearly all that changed ("will not" / "will", "did not win"
 * / "won"): inside a rewritten stretch it is rewording ("refused to turn over" / "argued that
 * handing over ... would be a violation"), and so it is where the other claim replaces or avoids
 * the negated verb ({@link NegatedVerbs}). "Unable" negates as "not" does. One polarity
 * conflict per pair of claims: a second would describe the same contradiction. Beyond the hand
 * list, WordNet antonyms of one part of speech count ("accept" / "refuse", "honest" / "dishonest"),
 * but only inside a narrow substitution: in a wide rewritten stretch two words of the lexicon's
 * long tail face each other by chance. Opposites on top of a negation on one side cancel out
 * ("would not stop" / "would continue"), and so does one negated by its object ("said nothing" /
 * "remained silent"). "Neither ... nor" is one negation, and so is "dont"; two negated verbs are two
 * ("did not reverse course and did not try to flee"). "No" may stand for a figure ("no schools" /
 * "more than a hundred schools") or for an article with a word beside it ("but no summit" / "and
 * holding a summit"). Opposite nouns for people ("a man" / "a woman") name two people, ENTITY.
 */
final class PolarityCheck implements FactCheck {

    // Words that negate like a cue but that the negation annotator leaves to the lexicon.
    private static final Set<String> NEGATIVE_WORDS = Set.of("unable", "decline");
    // Contractions written without their apostrophe, as copied text often has them.
    private static final Set<String> CONTRACTIONS = Set.of("dont", "doesnt", "didnt", "cant", "couldnt", "wont",
            "wouldnt", "shouldnt", "isnt", "arent", "wasnt", "werent", "hasnt", "havent", "hadnt");
    // Negation cues that negate the words after them and nothing else ("not", "never").
    private static final Set<String> PARTICLES = Set.of("not", "never", "no", "cannot");
    // Negations that stand for a count ("nobody", "none of them"), and how many words the other side may use for it.
    private static final Set<String> NEGATIVE_PRONOUNS = Set.of("nobody", "none", "nothing", "no one", "no-one");
    private static final int MAX_COUNT_WORDS = 3;
    // How many words before its verb a particle may stand ("would not stop", "did not really stop").
    private static final int NEGATION_REACH = 3;
    // "neither ... nor", "not ... nor": the "nor" carries on a negation already made.
    private static final Set<String> OPENS_A_NOR = Set.of("neither", "not", "no", "never");
    private static final Map<String, POS> CONTENT = Map.of("NOUN", POS.NOUN, "VERB", POS.VERB, "ADJ",
            POS.ADJECTIVE, "ADV", POS.ADVERB);

    private static final Set<String> MODIFIERS = Set.of("ADJ", "VERB", "ADV");
    private static final Set<String> MISREAD_PARTICIPLE = Set.of("ADJ", "ADV");
    private static final Set<String> CLOSED = Set.of("ADP", "SCONJ", "CCONJ", "DET", "AUX", "PART", "PUNCT", "NUM");

    private final int maxSwapTokens;

    PolarityCheck(JudgeSettings settings) {
        this.maxSwapTokens = settings.maxSwapTokens();
    }

    @Override
    public List<Conflict> conflicts(ClaimPair pair) {
        int[] opposite = opposites(pair);
        if (opposite != null) {
            // "would not stop" / "would continue": an opposite negated just before it says the same thing
            if (negated(pair.a(), opposite[0]) != negated(pair.b(), opposite[1])) {
                return List.of();
            }
            TaggedToken x = pair.a().tokens().get(opposite[0]);
            TaggedToken y = pair.b().tokens().get(opposite[1]);
            if (Antonyms.compass(lemma(x), lemma(y))) { // "northern Syria" / "southern Syria": two places
                return List.of(new Conflict(DifferenceKind.ENTITY, x.text(), y.text(), "name different places"));
            }
            if (partOfADate(pair.a(), opposite[0]) && partOfADate(pair.b(), opposite[1])) { // "early on Tuesday" / "late on Tuesday"
                return List.of(new Conflict(DifferenceKind.DATE, x.text(), y.text(), "give different times"));
            }
            if (people(x, y)) { // "a man" / "a woman": two people, not a claim and its contrary
                return List.of(new Conflict(DifferenceKind.ENTITY, x.text(), y.text(), "name different people"));
            }
            return List.of(new Conflict(DifferenceKind.NEGATION, x.text(), y.text(), "contradict each other"));
        }
        List<Cue> left = pair.a().annotations().negations();
        List<Cue> right = pair.b().annotations().negations();
        if (negations(pair.a(), left) == negations(pair.b(), right)) {
            return List.of();
        }
        List<Cue> leftCues = withNegativeVerbs(pair.a(), left);
        List<Cue> rightCues = withNegativeVerbs(pair.b(), right);
        Conflict flip = leftCues.size() > rightCues.size() ? flip(pair, leftCues)
                : mirrored(flip(pair.swapped(), rightCues));
        return flip == null ? List.of() : List.of(flip);
    }

    /**
     * The claim's negation cues and the negative words that govern a verb ("declined to say",
     * "unable to attend"), which negate it as "did not say" does; "declined to $5" is a figure.
     */
    private static List<Cue> withNegativeVerbs(ClaimView view, List<Cue> cues) {
        List<TaggedToken> tokens = view.tokens();
        List<Cue> all = new ArrayList<>(cues);
        for (int i = 0; i + 2 < tokens.size(); i++) {
            TaggedToken t = tokens.get(i);
            if (negativeWord(t) && tokens.get(i + 1).lower().equals("to") && tokens.get(i + 2).isVerb()) {
                all.add(new Cue(t.text(), t.start(), t.end(), t.lemma()));
            }
        }
        all.sort(Comparator.comparingInt(Cue::start));
        return all;
    }

    // Verbs that say no by themselves: "voted against" / "opposed", "decided against" / "rejected" say the same.
    private static final Set<String> REFUSALS = Set.of("oppose", "reject", "veto", "refuse", "decline", "block",
            "deny", "dismiss", "boycott");

    // The other claim's side of the stretch says no with a verb of its own.
    private static boolean refusalForRefusal(ClaimPair pair, Hunk h) {
        return pair.b().tokens().subList(h.bFrom(), h.bTo()).stream().anyMatch(t -> REFUSALS.contains(lemma(t)));
    }

    /**
     * Whether one side of the stretch says no with a negation ("voted against") where the other says
     * it with a verb of refusal ("opposed"): the same refusal, worded two ways.
     */
    static boolean refusalWordedTwoWays(ClaimPair pair, Hunk h) {
        return negationWithin(pair.a(), h.aFrom(), h.aTo()) && refusalForRefusal(pair, h)
                || negationWithin(pair.b(), h.bFrom(), h.bTo()) && refusalForRefusal(pair.swapped(), swapped(h));
    }

    private static boolean negationWithin(ClaimView view, int from, int to) {
        return from < to && view.annotations().negations().stream().anyMatch(c -> {
            int at = view.tokenAt(c.start());
            return at >= from && at < to;
        });
    }

    private static Hunk swapped(Hunk h) {
        return new Hunk(h.bFrom(), h.bTo(), h.aFrom(), h.aTo());
    }

    private static final Set<String> EARLY_OR_LATE = Set.of("early", "late", "earlier", "later");
    private static final int DATE_REACH = 2;

    // "early on Tuesday", "late last year": the word places the time within the date after it.
    private static boolean partOfADate(ClaimView view, int i) {
        TaggedToken t = view.tokens().get(i);
        return EARLY_OR_LATE.contains(t.lower()) && view.annotations().dates().stream().anyMatch(d -> {
            int at = view.tokenAt(d.start());
            return at > i && at - i <= DATE_REACH;
        });
    }

    private static boolean people(TaggedToken x, TaggedToken y) {
        return "NOUN".equals(x.pos()) && "NOUN".equals(y.pos()) && Lexicon.person(x.lemma()) && Lexicon.person(y.lemma());
    }

    // The token indices (in a, in b) of the first pair of opposites facing each other, or null.
    private int[] opposites(ClaimPair pair) {
        for (Hunk h : pair.hunks()) {
            for (int i = h.aFrom(); i < h.aTo(); i++) {
                for (int j = h.bFrom(); j < h.bTo(); j++) {
                    TaggedToken x = pair.a().tokens().get(i);
                    TaggedToken y = pair.b().tokens().get(j);
                    boolean opposite = Antonyms.opposite(lemma(x), lemma(y)) || negatedByPrefix(x, y)
                            || negatedByPrefix(y, x) || h.width() <= maxSwapTokens && wordNetOpposite(x, y);
                    // two sources' words ("general manager" / "local media") are the attribution check's to judge
                    boolean sources = pair.a().inSourcePhrase(x) && pair.b().inSourcePhrase(y);
                    // "second quarter" / "first quarter": two figures, the number check's to judge
                    boolean figures = pair.a().inFigure(x) && pair.b().inFigure(y);
                    // "foreign minister" / "home secretary": two offices, not opposites; the lexical check's to judge
                    boolean roles = opposite && RoleNames.find(pair.a(), x) != null
                            && RoleNames.find(pair.b(), y) != null;
                    // "remarkable indifference" / "remarkably indifferent": each word is still there in another form
                    boolean reworded = opposite && (keptInAnotherForm(x, pair.b().tokens().subList(h.bFrom(), h.bTo()))
                            || keptInAnotherForm(y, pair.a().tokens().subList(h.aFrom(), h.aTo())));
                    if (opposite && !sources && !figures && !roles && !reworded && !pair.eitherMoved(x, y)) {
                        return new int[] {i, j};
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether the other claim's side of the same rewritten stretch has the word in another form,
     * differing only in the last few letters ("remarkable" / "remarkably", "indifference" /
     * "indifferent"): the stretch is reworded around the word, which faces no opposite.
     */
    private static boolean keptInAnotherForm(TaggedToken word, List<TaggedToken> other) {
        String w = word.lower();
        if (w.length() < MIN_STEM + SUFFIX_LETTERS) {
            return false;
        }
        String stem = w.substring(0, w.length() - SUFFIX_LETTERS);
        return other.stream().map(TaggedToken::lower)
                .anyMatch(o -> !o.equals(w) && o.startsWith(stem) && o.length() <= w.length() + SUFFIX_LETTERS);
    }

    private static final int MIN_STEM = 5;
    private static final int SUFFIX_LETTERS = 3;

    // The negation cue that the other claim does not match, with the words around it.
    private Conflict flip(ClaimPair pair, List<Cue> cues) {
        for (Cue cue : cues) {
            Hunk h = Spans.hunkAt(pair, pair.a().tokenAt(cue.start()));
            int cueTokens = pair.a().tokenAt(cue.end() - 1) - pair.a().tokenAt(cue.start()) + 1;
            // "Nobody was" / "Several people were": a negative pronoun stands for a count of a few words
            int otherSide = NEGATIVE_PRONOUNS.contains(cue.lemma()) ? MAX_COUNT_WORDS : 1;
            boolean local = h != null && (h.bTo() - h.bFrom() <= otherSide || noneForAFigure(pair, cue, h)
                    || noneForAnArticle(pair, cue, h)) && h.aTo() - h.aFrom() <= cueTokens + 2;
            if (local && (refusalForRefusal(pair, h) || NegatedVerbs.replacedOrAvoided(pair, cue))) {
                continue;
            }
            if (local) {
                String[] words = Spans.words(pair, h, true);
                return new Conflict(DifferenceKind.NEGATION, words[0], words[1], "contradict each other");
            }
        }
        return null;
    }

    /**
     * "and holding a summit" / ", but no summit": "no" where the other claim has an article before
     * the same noun, with a conjunction or a comma and at most one other word changed beside it.
     */
    private static boolean noneForAnArticle(ClaimPair pair, Cue cue, Hunk h) {
        List<TaggedToken> other = pair.b().tokens().subList(h.bFrom(), h.bTo());
        long content = other.stream().filter(t -> CONTENT.containsKey(t.pos())).count();
        boolean article = !other.isEmpty() && "DET".equals(other.get(other.size() - 1).pos());
        return cue.lemma().equals("no") && article && content <= 1 && other.size() <= LINKED_ARTICLE;
    }

    private static final int LINKED_ARTICLE = 3;

    /** "no schools" / "more than a hundred schools": "no" in place of a figure is a count of none. */
    private static boolean noneForAFigure(ClaimPair pair, Cue cue, Hunk h) {
        List<TaggedToken> other = pair.b().tokens().subList(h.bFrom(), h.bTo());
        return cue.lemma().equals("no") && other.size() <= MAX_FIGURE_WORDS
                && other.stream().anyMatch(t -> "NUM".equals(t.pos()))
                && other.stream().allMatch(t -> FIGURE_TAGS.contains(t.pos()));
    }

    // "more than a hundred", "at least 15": a figure and its qualifier
    private static final int MAX_FIGURE_WORDS = 5;
    private static final Set<String> FIGURE_TAGS = Set.of("NUM", "ADJ", "ADP", "DET", "ADV");

    // A gerund the tagger left as a noun ("after raising prices"), a verb the lemmatizer left as
    // written ("slowed") or cut wrong ("acquitted" as "acquitte"), or a participle read as a word of
    // another kind that WordNet does not list as one ("risen" as an adverb), is read as its verb.
    static String lemma(TaggedToken t) {
        boolean verbTag = "VERB".equals(t.pos());
        if (verbTag && !t.lemma().equalsIgnoreCase(t.text()) && Lexicon.listed(t.lemma(), POS.VERB)) {
            return t.lemma();
        }
        String verb = verbTag ? Lexicon.verbOfAnyForm(t.text()) : Lexicon.verbOf(t.text());
        if (verb == null && MISREAD_PARTICIPLE.contains(t.pos()) && !Lexicon.listed(t.lower(), CONTENT.get(t.pos()))) {
            verb = Lexicon.verbOfAnyForm(t.text()); // "has risen" read as an adverb WordNet has no such word for
        }
        return verb == null ? t.lemma() : verb;
    }

    /**
     * The same word with a negating prefix ("uncontrolled" / "controlled", "unnamed" / "named",
     * "non-binding" / "binding"): English forms the contrary of an adjective or participle so. The
     * plain word must be an adjective, verb or adverb (or read as a noun: "a binding vote"), and
     * four letters or more must follow the prefix, so that "unit" / "it" is no opposite. The
     * tagger often misreads the rarer prefixed word ("unnamed" as a pronoun), so only a closed
     * word class rules it out ("unless" / "less").
     */
    private static boolean negatedByPrefix(TaggedToken negated, TaggedToken plain) {
        String x = negated.lower();
        String y = plain.lower();
        if (y.length() < 4 || CLOSED.contains(negated.pos())
                || !MODIFIERS.contains(plain.pos()) && !"NOUN".equals(plain.pos())) {
            return false;
        }
        return x.equals("un" + y) || x.equals("non" + y) || x.equals("non-" + y);
    }

    private static boolean wordNetOpposite(TaggedToken x, TaggedToken y) {
        // The tagger may read one side as another part of speech ("dishonest" as a noun): try both.
        POS px = CONTENT.get(x.pos());
        POS py = CONTENT.get(y.pos());
        if (px == null || py == null || x.lemma().equalsIgnoreCase(y.lemma())) {
            return false;
        }
        // "previous" / "earlier": WordNet lists the comparative as a word of its own, which is no
        // opposite, while its base form "early" is one of a sense of "previous" ("late", the former)
        if (px == POS.ADJECTIVE && py == POS.ADJECTIVE && (!x.lower().equals(x.lemma()) || !y.lower().equals(y.lemma()))
                && Lexicon.listed(x.lower(), px) && Lexicon.listed(y.lower(), py)) {
            return Lexicon.antonyms(x.lower(), y.lower(), px);
        }
        return Lexicon.antonyms(x.lemma(), y.lemma(), px) || py != px && Lexicon.antonyms(x.lemma(), y.lemma(), py);
    }

    /**
     * Whether a particle ("not", "never") or an apostrophe-less contraction stands just before the
     * word at {@code i}: "would not stop". A particle elsewhere in the claim ("voluntary ...
     * compares" / "mandatory ... does not compare") negates something else.
     */
    private static boolean negatedBefore(ClaimView view, int i) {
        boolean particle = view.annotations().negations().stream().filter(c -> PARTICLES.contains(c.lemma()))
                .mapToInt(c -> view.tokenAt(c.start())).anyMatch(k -> k < i && k >= i - NEGATION_REACH);
        return particle || view.tokens().subList(Math.max(0, i - NEGATION_REACH), i).stream().anyMatch(PolarityCheck::contraction);
    }

    // "would not stop", and "said nothing": a verb negated by its object is negated too
    private static boolean negated(ClaimView view, int i) {
        boolean nothingAfter = i + 1 < view.tokens().size() && NOTHING.contains(view.tokens().get(i + 1).lower());
        return negatedBefore(view, i) || nothingAfter;
    }

    private static final Set<String> NOTHING = Set.of("nothing", "none");

    private static boolean contraction(TaggedToken t) {
        return CONTRACTIONS.contains(t.lower());
    }

    // How many times the claim negates: its cues, less each "nor" that continues one, plus negative words.
    private static long negations(ClaimView view, List<Cue> cues) {
        long continued = 0;
        for (int i = 1; i < cues.size(); i++) {
            if (cues.get(i).lemma().equals("nor") && cues.subList(0, i).stream().anyMatch(c -> OPENS_A_NOR.contains(c.lemma()))) {
                continued++;
            }
        }
        long words = view.tokens().stream().filter(t -> negativeWord(t) || contraction(t)).count();
        return cues.size() - continued + words;
    }

    // "declined to comment", "unable to": the verb or adjective negates; "a steep decline" does not.
    private static boolean negativeWord(TaggedToken t) {
        return NEGATIVE_WORDS.contains(t.lemma()) && !"NOUN".equals(t.pos());
    }

    static Conflict mirrored(Conflict c) {
        return c == null ? null : new Conflict(c.kind(), c.right(), c.left(), c.about());
    }
}
