package io.triangulate.alignment.judge;

import io.triangulate.alignment.DifferenceKind;
import io.triangulate.claims.ClaimAnnotations.Tense;
import io.triangulate.claims.annotation.TenseAnnotator;
import io.triangulate.report.parsing.TaggedToken;
import java.util.List;
import java.util.Set;

/**
 * The fact placed as still to come in one claim and as done in the other (TIMEFRAME). The tense
 * annotation is coarse, so only FUTURE against PAST counts, the judge asks this check only when
 * the claims show no other conflict, and a past that lies only in the reporting verb ("said it
 * will") or an auxiliary ("had been") is no past event. A past verb both claims have ("arrested"
 * in each) is a fact they agree is done, whatever else one of them says is to come, and a
 * participle after a present "be" ("are expected", "will be required") is no past at all; nor is
 * a participle in a compound modifier ("Texas-based"), or a commitment whose act is the infinitive
 * after it ("agreed to pay", "declined to discuss"). "Due to" a cause and a plan in the past
 * ("was going to", "was initially scheduled for") are no future.
 */
final class TimeframeCheck implements FactCheck {

    // The words that make a claim future, in the tense annotator's sense.
    private static final Set<String> FUTURE_WORDS = Set.of("will", "shall", "'ll", "scheduled", "expected", "set",
            "plan", "planned", "due", "going", "poised", "upcoming", "tomorrow", "next");
    private static final Set<String> REPORTING = Set.of("say", "tell", "announce", "add", "state", "report",
            "confirm", "note", "claim", "expect", "believe", "think", "argue", "write", "plan", "schedule", "set",
            "learn", "feel", "know", "hope", "fear");
    // How far after a past verb its infinitive may start ("agreed on Thursday to pay").
    private static final int INFINITIVE_REACH = 4;

    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "be", "being", "'re", "'m");

    @Override
    public List<Conflict> conflicts(ClaimPair pair) {
        Tense x = pair.a().annotations().tense();
        Tense y = pair.b().annotations().tense();
        String left = x == Tense.FUTURE ? future(pair.a()) : x == Tense.PAST ? past(pair.a(), pair.b()) : null;
        String right = y == Tense.FUTURE ? future(pair.b()) : y == Tense.PAST ? past(pair.b(), pair.a()) : null;
        if (x == y || left == null || right == null) {
            return List.of();
        }
        return List.of(new Conflict(DifferenceKind.TIMEFRAME, left, right, "place this in different time frames"));
    }

    // "is scheduled", "will seek": the future word with the auxiliary before or the verb after it.
    private static String future(ClaimView view) {
        List<TaggedToken> tokens = view.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (FUTURE_WORDS.contains(tokens.get(i).lower()) && !cause(tokens, i)
                    && !TenseAnnotator.pastPlan(tokens, i)) {
                boolean aux = i > 0 && "AUX".equals(tokens.get(i - 1).pos());
                int from = aux ? i - 1 : i;
                int to = aux || i + 1 == tokens.size() ? i + 1 : i + 2;
                return view.words(from, to);
            }
        }
        return null;
    }

    // The first main verb in a past form that reports an event rather than speech about it, and
    // that the other claim does not have in a past form too: both saying "arrested" agree the
    // arrest is done ("will reopen" / "reopened" still differ).
    private static String past(ClaimView view, ClaimView other) {
        List<TaggedToken> tokens = view.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            TaggedToken t = tokens.get(i);
            if ("VERB".equals(t.pos()) && pastForm(t) && !REPORTING.contains(t.lemma()) && !presentPassive(tokens, i)
                    && !modifier(tokens, i) && !toAct(tokens, i)
                    && other.tokens().stream().noneMatch(o -> o.lemma().equals(t.lemma()) && pastForm(o))) {
                return t.text();
            }
        }
        return null;
    }

    // "due to a mass of air" gives a cause; "due to arrive" a time still to come.
    private static boolean cause(List<TaggedToken> tokens, int i) {
        return tokens.get(i).lower().equals("due") && i + 2 < tokens.size() && tokens.get(i + 1).lower().equals("to")
                && !"VERB".equals(tokens.get(i + 2).pos());
    }

    // "Texas-based": a participle joined to the word before it modifies a noun; it reports no event.
    private static boolean modifier(List<TaggedToken> tokens, int i) {
        return i > 0 && tokens.get(i - 1).text().equals("-");
    }

    /**
     * "agreed to pay", "declined to discuss": the past verb is a commitment or a refusal; the act
     * itself is the infinitive after it, whose time the verb leaves open.
     */
    private static boolean toAct(List<TaggedToken> tokens, int i) {
        for (int k = i + 1; k < tokens.size() - 1 && k <= i + INFINITIVE_REACH; k++) {
            TaggedToken t = tokens.get(k);
            if (t.lower().equals("to") && "VERB".equals(tokens.get(k + 1).pos())) {
                return true;
            }
            if (t.isVerb() || t.isPunctuation()) {
                return false;
            }
        }
        return false;
    }

    // "are", "have", "do" differ from their lemma too, but are present forms
    private static boolean pastForm(TaggedToken t) {
        String word = t.lower();
        return !word.equals(t.lemma()) && !word.endsWith("ing") && !word.endsWith("s") && !PRESENT_BE.contains(word)
                && !PRESENT_AUXILIARIES.contains(word);
    }

    private static final Set<String> PRESENT_AUXILIARIES = Set.of("have", "do", "'ve");

    // A participle after a present or bare "be" ("are anticipated", "will be requested") is a
    // passive of the present or the future, not a past event (the tense annotator reads "is
    // rooted" so too); "was" and "has been" stay past.
    private static boolean presentPassive(List<TaggedToken> tokens, int i) {
        int k = i - 1;
        while (k >= 0 && "ADV".equals(tokens.get(k).pos())) {
            k--;
        }
        return k >= 0 && PRESENT_BE.contains(tokens.get(k).lower());
    }
}
