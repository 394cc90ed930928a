package io.triangulate.alignment.judge;

import io.triangulate.alignment.DifferenceKind;
import io.triangulate.claims.ClaimAnnotations.Attribution;
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
        return c == null ? List.of() : List.of(c);
    }

    // A cue inside the attribution ("the scientists claim") hedges the speaker, not the fact.
    private List<Cue> hedges(ClaimView view) {
        Attribution source = view.annotations().attribution();
        return view.annotations().hedges().stream().filter(c -> !ignored.contains(c.lemma()))
                .filter(c -> source == null || c.end() <= source.start() || c.start() >= source.end()).toList();
    }

    /**
     * "may seek" against the same verb asserted in the other claim ("will seek"); null when the
     * other claim does not have that verb, since then the two are not saying the same thing there.
     */
    private static Conflict hedged(ClaimPair pair, Cue cue) {
        List<TaggedToken> tokens = pair.a().tokens();
        int next = pair.a().tokenAt(cue.end());
        if (next < 0 || tokens.get(next).start() < cue.end() || tokens.get(next).isPunctuation()) {
            return null;
        }
        String asserted = asserted(pair.b(), tokens.get(next).lemma());
        String hedged = pair.a().text().substring(cue.start(), tokens.get(next).end());
        return asserted == null ? null : new Conflict(DifferenceKind.HEDGE, hedged, asserted, "differ in certainty");
    }

    private static String asserted(ClaimView view, String lemma) {
        List<TaggedToken> tokens = view.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).lemma().equals(lemma)) {
                int from = i > 0 && "AUX".equals(tokens.get(i - 1).pos()) ? i - 1 : i;
                return view.words(from, i + 1);
            }
        }
        return null;
    }
}
