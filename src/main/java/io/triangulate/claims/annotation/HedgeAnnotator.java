package io.triangulate.claims.annotation;

import io.triangulate.claims.ClaimAnnotations.Cue;
import io.triangulate.report.parsing.TaggedToken;
import java.util.List;

/**
 * Hedge cues: modals of possibility, adverbs of uncertainty, and verbs that report a belief
 * rather than a fact ("suggested", "appears", "claimed"). "According to" is attribution, not a
 * hedge, and is found by {@link AttributionAnnotator}.
 */
public final class HedgeAnnotator {

    private static final CueFinder CUES = new CueFinder(List.of("may", "might", "could", "would", "possibly",
            "perhaps", "reportedly", "allegedly", "apparently", "likely", "unlikely", "probably", "presumably",
            "purportedly", "be expected to", "expected to", "suggest", "appear", "seem", "claim", "believe",
            "indicate", "potential", "potentially"));

    public List<Cue> hedges(String text, List<TaggedToken> tokens) {
        return CUES.find(text, tokens);
    }
}
