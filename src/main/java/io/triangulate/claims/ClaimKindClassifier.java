package io.triangulate.claims;

import io.triangulate.report.parsing.Quotes;
import io.triangulate.report.parsing.TaggedToken;
import java.util.List;
import java.util.Set;

/**
 * Tells quotations and the writer's judgements from plain reported facts, by surface cues only.
 *
 * <ul>
 * <li>QUOTE: the claim opens with a quote mark, or quoted words make up at least half of it.</li>
 * <li>OPINION: speculation ("could", "might"), interpretive verbs ("suggests", "underscores",
 * "highlights"), strongly evaluative adjectives ("remarkable", "striking"), or analysts and experts
 * as the subject of a verb of judgement ("analysts note").</li>
 * <li>FACT: everything else, including attributed statements ("officials said").</li>
 * </ul>
 * The lists are deliberately short: a FACT wrongly called OPINION is still compared, it is only
 * shown differently.
 */
final class ClaimKindClassifier {

    private static final Set<String> SPECULATION = Set.of("could", "might");
    private static final Set<String> INTERPRETIVE_VERBS = Set.of("suggest", "underscore", "highlight", "signal",
            "signify", "reflect", "illustrate", "demonstrate", "temper", "bolster");
    private static final Set<String> EVALUATIVE = Set.of("remarkable", "striking", "significant", "critical",
            "crucial", "fragile", "delicate", "unprecedented", "dramatic", "stark", "notable", "impressive",
            "alarming", "troubling", "disappointing", "historic", "burgeoning");
    private static final Set<String> PUNDITS = Set.of("analyst", "expert", "observer", "critic", "commentator");
    private static final double QUOTED_SHARE = 0.5;

    private ClaimKindClassifier() {
    }

    static ClaimKind classify(String claim, List<TaggedToken> tokens) {
        if (isQuotation(claim)) {
            return ClaimKind.QUOTE;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (isOpinionCue(tokens, i)) {
                return ClaimKind.OPINION;
            }
        }
        return ClaimKind.FACT;
    }

    private static boolean isOpinionCue(List<TaggedToken> tokens, int i) {
        TaggedToken token = tokens.get(i);
        if (SPECULATION.contains(token.lower()) || EVALUATIVE.contains(token.lower())) {
            return true;
        }
        if (token.isVerb() && INTERPRETIVE_VERBS.contains(token.lemma())) {
            return true;
        }
        boolean punditVerb = i + 1 < tokens.size() && tokens.get(i + 1).isVerb();
        return PUNDITS.contains(token.lemma()) && punditVerb;
    }

    private static boolean isQuotation(String claim) {
        if (!claim.isEmpty() && Quotes.isOpening(claim.charAt(0))) {
            return true;
        }
        int quoted = 0;
        int open = -1;
        for (int i = 0; i < claim.length(); i++) {
            char c = claim.charAt(i);
            if (open < 0 && (c == '“' || c == '"')) {
                open = i;
            } else if (open >= 0 && (c == '”' || c == '"')) {
                quoted += i - open + 1;
                open = -1;
            }
        }
        return quoted >= claim.length() * QUOTED_SHARE;
    }
}
