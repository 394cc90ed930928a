package io.triangulate.claims.annotation;

import io.triangulate.claims.ClaimAnnotations.Cue;
import io.triangulate.claims.ClaimAnnotations.Tense;
import io.triangulate.report.parsing.TaggedToken;
import java.util.List;
import java.util.Set;

/**
 * Where a claim places its fact in time. The UD tag set has no tense, so past forms are told by
 * the verb differing from its lemma ("concluded"/"conclude", "told"/"tell"); future is told by
 * cue words, or "would" after a verb of saying ("said it would"), and wins over past ("has
 * confirmed no meeting is scheduled" is about the future),
 * unless the cue is itself in the past: "was initially scheduled for", "had planned to" tell of a
 * plan made before, whatever came of it.
 */
public final class TenseAnnotator {

    private static final CueFinder FUTURE = new CueFinder(List.of("will", "shall", "'ll", "be expected to",
            "be set to", "plan to", "upcoming", "be scheduled", "be going to", "be poised to",
            "be due to", "next week", "next month", "next year", "tomorrow"), true);
    // Present forms of the auxiliaries, whose lemma differs from the word without being past.
    private static final Set<String> PRESENT_AUXILIARIES = Set.of("am", "is", "are", "has", "does", "'s", "’s",
            "'re", "’re", "'m", "’m", "'ve", "’ve");

    // Auxiliaries that put a future cue after them in the past ("was scheduled", "had planned to").
    private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "had");
    private static final Set<String> BE_PRESENT = Set.of("am", "is", "are", "'re", "’re", "'m", "’m");
    private static final Set<String> ADJECTIVAL_CONTEXT = Set.of("DET", "ADJ", "PART", "ADP");

    public Tense tense(String text, List<TaggedToken> tokens) {
        if (FUTURE.find(text, tokens).stream().anyMatch(cue -> !pastPlan(tokens, startOf(cue, tokens)))
                || reportedFuture(tokens)) {
            return Tense.FUTURE;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (pastVerb(tokens, i)) {
                return Tense.PAST;
            }
        }
        return Tense.PRESENT;
    }

    /**
     * "said it would stay closed", "told reporters he would resign": after a verb of saying
     * ({@link AttributionAnnotator#saying}) or of promising,
     * "would" is the speaker's "will", the future seen from when it was said. "Would have" looks
     * back ("said it would have been impossible"), and is no future.
     */
    private static boolean reportedFuture(List<TaggedToken> tokens) {
        boolean said = false;
        for (int i = 0; i < tokens.size(); i++) {
            TaggedToken t = tokens.get(i);
            if (t.isVerb() && (AttributionAnnotator.saying(t.lemma()) || COMMITTING.contains(t.lemma()))) {
                said = true;
            } else if (said && t.lower().equals("would") && (i + 1 >= tokens.size()
                    || !tokens.get(i + 1).lower().equals("have"))) {
                return true;
            }
        }
        return false;
    }

    // Verbs that commit to what follows without attributing a claim: "pledged it would".
    private static final Set<String> COMMITTING = Set.of("promise", "pledge", "vow", "declare");

    /**
     * Whether the future word at token {@code i} ("scheduled", "planned", "going", or the "was" of
     * "was scheduled") is in the past: it is a past "be", or a past auxiliary stands before it,
     * adverbs and "been" aside ("was initially scheduled", "had been planning to", "was going to").
     */
    public static boolean pastPlan(List<TaggedToken> tokens, int i) {
        if (PAST_AUXILIARIES.contains(tokens.get(i).lower()) && !"had".equals(tokens.get(i).lower())) {
            return true;
        }
        int k = i - 1;
        while (k >= 0 && ("ADV".equals(tokens.get(k).pos()) || "been".equals(tokens.get(k).lower()))) {
            k--;
        }
        return k >= 0 && PAST_AUXILIARIES.contains(tokens.get(k).lower());
    }

    private static int startOf(Cue cue, List<TaggedToken> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == cue.start()) {
                return i;
            }
        }
        throw new IllegalStateException("cue " + cue.text() + " starts at no token");
    }

    /** Whether the token at {@code i} is a verb in the past, not a participle used as an adjective. */
    static boolean pastVerb(List<TaggedToken> tokens, int i) {
        return isPastForm(tokens.get(i)) && !isAdjectival(tokens, i);
    }

    // "a scheduled meeting", "strengthened alliances", "is rooted in": participles used as
    // adjectives or in the present passive say nothing about when.
    private static boolean isAdjectival(List<TaggedToken> tokens, int i) {
        if (i == 0) {
            return true;
        }
        TaggedToken previous = tokens.get(i - 1);
        return ADJECTIVAL_CONTEXT.contains(previous.pos()) || BE_PRESENT.contains(previous.lower());
    }

    private static boolean isPastForm(TaggedToken token) {
        String word = token.lower();
        if (!token.isVerb() || PRESENT_AUXILIARIES.contains(word) || word.endsWith("ing")) {
            return false;
        }
        boolean thirdPerson = word.endsWith("s") && !word.endsWith("ss") && !word.equals("was");
        return word.endsWith("ed") || !thirdPerson && !word.equals(token.lemma());
    }
}
