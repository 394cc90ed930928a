package io.triangulate.alignment.judge;

import io.triangulate.report.parsing.TaggedToken;

/** What a figure counts, for explanations: the noun after it ("five-day journey" gives "the journey"). */
final class Topics {

    private static final int LOOKAHEAD = 3;

    private Topics() {
    }

    static String of(ClaimView view, int end, String unit) {
        int at = view.tokenAt(end);
        for (int k = 0; at >= 0 && k < LOOKAHEAD && at + k < view.tokens().size(); k++) {
            TaggedToken token = view.tokens().get(at + k);
            if (token.start() >= end && "NOUN".equals(token.pos())) {
                return "the " + token.lower();
            }
        }
        return unit == null ? "the figure" : unit;
    }
}
