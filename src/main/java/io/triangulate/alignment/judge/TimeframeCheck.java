package io.triangulate.alignment.judge;

import io.triangulate.alignment.DifferenceKind;
import io.triangulate.claims.ClaimAnnotations.Tense;
import io.triangulate.report.parsing.TaggedToken;
import java.util.List;
import java.util.Set;

/**
 * The fact placed as still to come in one claim and as done in the other (TIMEFRAME). The tense
 * annotation is coarse, so only FUTURE against PAST counts, the judge asks this check only when
 * the claims show no other conflict, and a past that lies only in the reporting verb ("said it
 * will") or an auxiliary ("had been") is no past event.
 */
final class TimeframeCheck implements FactCheck {

    // The words that make a claim future, in the tense annotator's sense.
    private static final Set<String> FUTURE_WORDS = Set.of("will", "shall", "'ll", "scheduled", "expected", "set",
            "plan", "planned", "due", "going", "poised", "upcoming", "tomorrow", "next");
    private static final Set<String> REPORTING = Set.of("say", "tell", "announce", "add", "state", "report",
            "confirm", "note", "claim", "expect", "believe", "think", "argue", "write", "plan", "schedule", "set");

    @Override
    public List<Conflict> conflicts(ClaimPair pair) {
        Tense x = pair.a().annotations().tense();
        Tense y = pair.b().annotations().tense();
        String left = x == Tense.FUTURE ? future(pair.a()) : x == Tense.PAST ? past(pair.a()) : null;
        String right = y == Tense.FUTURE ? future(pair.b()) : y == Tense.PAST ? past(pair.b()) : null;
        if (x == y || left == null || right == null) {
            return List.of();
        }
        return List.of(new Conflict(DifferenceKind.TIMEFRAME, left, right, "place this in different time frames"));
    }

    // "is scheduled", "will seek": the future word with the auxiliary before or the verb after it.
    private static String future(ClaimView view) {
        List<TaggedToken> tokens = view.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (FUTURE_WORDS.contains(tokens.get(i).lower())) {
                boolean aux = i > 0 && "AUX".equals(tokens.get(i - 1).pos());
                int from = aux ? i - 1 : i;
                int to = aux || i + 1 == tokens.size() ? i + 1 : i + 2;
                return view.words(from, to);
            }
        }
        return null;
    }

    // The first main verb in a past form that reports an event rather than speech about it.
    private static String past(ClaimView view) {
        for (TaggedToken t : view.tokens()) {
            String word = t.lower();
            boolean pastForm = !word.equals(t.lemma()) && !word.endsWith("ing") && !word.endsWith("s");
            if ("VERB".equals(t.pos()) && pastForm && !REPORTING.contains(t.lemma())) {
                return t.text();
            }
        }
        return null;
    }
}
