package io.triangulate.claims.annotation;

import io.triangulate.claims.ClaimAnnotations.Cue;
import io.triangulate.report.parsing.TaggedToken;
import java.util.List;

/**
 * Negation cues: particles and pronouns ("not", "n't", "never", "none", "nor"), "without", and
 * verbs and nouns that negate what follows ("denied", "refused", "failed to", "lack of", "decided
 * against": a decision not to, "has yet to": not so far).
 * A claim and its negation should not be aligned as agreement, so recall matters more here than
 * precision.
 */
public final class NegationAnnotator {

    private static final CueFinder CUES = new CueFinder(List.of("not", "n't", "no", "never", "none", "nobody",
            "nothing", "neither", "nor", "without", "nowhere", "cannot", "no longer", "deny", "refuse", "fail to",
            "lack of", "absence of", "decide against", "vote against", "advise against", "opt against",
            "have yet to", "be yet to"));

    public List<Cue> negations(String text, List<TaggedToken> tokens) {
        return CUES.find(text, tokens).stream().map(NegationAnnotator::normalised).toList();
    }

    // "n't" and "not" are the same negation for comparison.
    private static Cue normalised(Cue cue) {
        return cue.lemma().equals("n't") ? new Cue(cue.text(), cue.start(), cue.end(), "not") : cue;
    }
}
