package io.triangulate.alignment.judge;

import io.triangulate.alignment.judge.TokenDiff.Hunk;
import io.triangulate.claims.ClaimAnnotations.Cue;
import io.triangulate.report.parsing.TaggedToken;
import java.util.List;
import java.util.Set;
import net.sf.extjwnl.data.POS;

/**
 * The verb a negation bears on, as the other claim has it: a negation is a claim's contrary only
 * when the other claim states the same verb (or a synonym) plainly. {@link PolarityCheck} asks.
 */
final class NegatedVerbs {

    // How many words after the cue its verb may stand ("not to drive", "not yet been established").
    private static final int REACH = 3;

    private NegatedVerbs() {
    }

    /**
     * Whether the verb the cue negates is itself replaced, in the other claim, by verbs that are
     * neither it nor its synonyms: "has not yet been established" / "is being investigated" say
     * two things about the cause, not one and its contrary. Or the other claim avoids that verb,
     * which says no in its own way ("not to drive" / "to avoid driving").
     */
    static boolean replacedOrAvoided(ClaimPair pair, Cue cue) {
        List<TaggedToken> tokens = pair.a().tokens();
        int after = pair.a().tokenAt(cue.end() - 1) + 1;
        for (int v = after; v < Math.min(tokens.size(), after + REACH); v++) {
            if (!"VERB".equals(tokens.get(v).pos())) {
                continue;
            }
            TaggedToken negated = tokens.get(v);
            if (avoided(pair, v)) {
                return true;
            }
            Hunk h = Spans.hunkAt(pair, v);
            if (h == null) {
                return false;
            }
            List<TaggedToken> verbs = pair.b().tokens().subList(h.bFrom(), h.bTo()).stream()
                    .filter(t -> "VERB".equals(t.pos())).toList();
            return !verbs.isEmpty() && verbs.stream().noneMatch(t -> sameVerb(negated, t));
        }
        return false;
    }

    // "urged people not to drive" / "urging people to avoid driving": the other claim puts a verb of
    // avoiding in place of, or just before, the verb this one negates
    private static boolean avoided(ClaimPair pair, int v) {
        if (AVOIDING.contains(PolarityCheck.lemma(pair.a().tokens().get(v)))) {
            return false; // "not to avoid" / "to avoid": a contrary
        }
        return pair.hunks().stream().filter(h -> h.aFrom() <= v && v <= h.aTo())
                .flatMap(h -> pair.b().tokens().subList(h.bFrom(), h.bTo()).stream())
                .anyMatch(t -> AVOIDING.contains(PolarityCheck.lemma(t)));
    }

    private static final Set<String> AVOIDING = Set.of("avoid", "refrain", "shun", "eschew", "forgo", "abstain");

    // The lemmatizer cuts some base forms wrong ("declare" as "declar"): the word as written counts too.
    private static boolean sameVerb(TaggedToken x, TaggedToken y) {
        for (String a : List.of(PolarityCheck.lemma(x), x.lower())) {
            for (String b : List.of(PolarityCheck.lemma(y), y.lower())) {
                if (Lexicon.relation(a, b, POS.VERB).alike()) {
                    return true;
                }
            }
        }
        return false;
    }
}
