package io.triangulate.alignment.judge;

import io.triangulate.alignment.DifferenceKind;
import io.triangulate.alignment.judge.TokenDiff.Hunk;
import io.triangulate.report.parsing.TaggedToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A lone content word swapped for another (OTHER): "manslaughter" / "murder" in otherwise equal
 * claims. Without a synonym lexicon this cannot tell "gunman" / "shooter" apart from a real change,
 * so it is off unless {@link JudgeSettings#otherWords()} turns it on.
 */
final class OtherWordCheck implements FactCheck {

    private static final Set<String> CONTENT = Set.of("NOUN", "VERB", "ADJ");

    @Override
    public List<Conflict> conflicts(ClaimPair pair) {
        List<Conflict> found = new ArrayList<>();
        for (Hunk h : pair.hunks()) {
            if (h.aTo() - h.aFrom() != 1 || h.bTo() - h.bFrom() != 1) {
                continue;
            }
            TaggedToken x = pair.a().tokens().get(h.aFrom());
            TaggedToken y = pair.b().tokens().get(h.bFrom());
            if (CONTENT.contains(x.pos()) && CONTENT.contains(y.pos()) && !x.lemma().equals(y.lemma())) {
                found.add(new Conflict(DifferenceKind.OTHER, x.text(), y.text(), "use different words"));
            }
        }
        return found;
    }
}
