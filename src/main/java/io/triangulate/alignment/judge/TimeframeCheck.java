package io.triangulate.alignment.judge;

import io.triangulate.alignment.DifferenceKind;
import io.triangulate.claims.ClaimAnnotations.Tense;
import io.triangulate.report.parsing.TaggedToken;
import java.util.List;
import java.util.Set;

/**
 * The fact placed as still to come in one claim and as done in the other (TIMEFRAME). The tense
 * annotation is coarse, so only FUTURE against PAST counts, and the judge asks this check only
 * when the claims show no other conflict.
 */
final class TimeframeCheck implements FactCheck {

    // The words that make a claim future, in the tense annotator's sense.
    private static final Set<String> FUTURE_WORDS = Set.of("will", "shall", "'ll", "scheduled", "expected", "set",
            "plan", "planned", "due", "going", "poised", "upcoming", "tomorrow", "next");

    @Override
    public List<Conflict> conflicts(ClaimPair pair) {
        Tense x = pair.a().annotations().tense();
        Tense y = pair.b().annotations().tense();
        if (x == Tense.FUTURE && y == Tense.PAST) {
            return List.of(conflict(future(pair.a()), past(pair.b())));
        }
        if (x == Tense.PAST && y == Tense.FUTURE) {
            return List.of(conflict(past(pair.a()), future(pair.b())));
        }
        return List.of();
    }

    private static Conflict conflict(String left, String right) {
        return new Conflict(DifferenceKind.TIMEFRAME, left, right, "place this in different time frames");
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
        return view.text();
    }

    private static String past(ClaimView view) {
        for (TaggedToken t : view.tokens()) {
            if (t.isVerb() && !t.lower().equals(t.lemma()) && !t.lower().endsWith("ing") && !t.lower().endsWith("s")) {
                return t.text();
            }
        }
        return view.text();
    }
}
