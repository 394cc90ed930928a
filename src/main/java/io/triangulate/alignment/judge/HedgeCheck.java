package io.triangulate.alignment.judge;

import io.triangulate.alignment.DifferenceKind;
import io.triangulate.claims.ClaimAnnotations.Cue;
import io.triangulate.report.parsing.TaggedToken;
import java.util.List;
import java.util.Set;

/**
 * Certainty against hedging (HEDGE): one claim says it may, reportedly or is expected to happen,
 * the other asserts it. Only a claim with no hedge at all asserts; two differently hedged claims
 * ("may" / "could") agree that it is uncertain.
 */
final class HedgeCheck implements FactCheck {

    private final Set<String> ignored;

    HedgeCheck(JudgeSettings settings) {
        this.ignored = settings.ignoredHedges();
    }

    @Override
    public List<Conflict> conflicts(ClaimPair pair) {
        List<Cue> left = hedges(pair.a());
        List<Cue> right = hedges(pair.b());
        if (left.isEmpty() == right.isEmpty()) {
            return List.of();
        }
        Conflict c = left.isEmpty() ? PolarityCheck.mirrored(hedged(pair.swapped(), right.get(0)))
                : hedged(pair, left.get(0));
        return List.of(c);
    }

    private List<Cue> hedges(ClaimView view) {
        return view.annotations().hedges().stream().filter(c -> !ignored.contains(c.lemma())).toList();
    }

    // "may seek" against the same verb where the other claim asserts it ("will seek").
    private static Conflict hedged(ClaimPair pair, Cue cue) {
        List<TaggedToken> tokens = pair.a().tokens();
        int next = pair.a().tokenAt(cue.end());
        String left = cue.text();
        String right = pair.b().text();
        if (next >= 0 && next < tokens.size() && tokens.get(next).start() >= cue.end()) {
            left = pair.a().text().substring(cue.start(), tokens.get(next).end());
            right = asserted(pair.b(), tokens.get(next).lemma(), right);
        }
        return new Conflict(DifferenceKind.HEDGE, left, right, "differ in certainty");
    }

    private static String asserted(ClaimView view, String lemma, String fallback) {
        List<TaggedToken> tokens = view.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).lemma().equals(lemma)) {
                int from = i > 0 && "AUX".equals(tokens.get(i - 1).pos()) ? i - 1 : i;
                return view.words(from, i + 1);
            }
        }
        return fallback;
    }
}
