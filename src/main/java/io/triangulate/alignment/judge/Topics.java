package io.triangulate.alignment.judge;

import io.triangulate.report.parsing.TaggedToken;
import java.util.Set;

/**
 * What a figure counts, for explanations: the noun after it ("five-day journey" gives "the
 * journey", "5 percent of voters" "the voters"), not one behind another preposition ("$43.52 in
 * early trading" is no trading) nor a time ("3.2% last month") nor a word past a comma; failing that, what its unit
 * measures ("the amount", "the percentage", "the length of time") or the unit itself.
 */
final class Topics {

    private static final int LOOKAHEAD = 3;
    private static final Set<String> MONEY = Set.of("usd", "eur", "gbp");

    private Topics() {
    }

    static String of(ClaimView view, int end, String unit) {
        int at = view.tokenAt(end);
        for (int k = 0; at >= 0 && k < LOOKAHEAD && at + k < view.tokens().size(); k++) {
            TaggedToken token = view.tokens().get(at + k);
            if (token.start() < end) {
                continue;
            }
            if (token.isPunctuation()) {
                break; // "in a decade, officials said": the officials are not what the figure counts
            }
            if ("NOUN".equals(token.pos()) && Units.days(token.lemma()) > 0 && !unitOf(token, unit)) {
                break; // "3.2% last month": when, not what
            }
            if ("NOUN".equals(token.pos())) {
                return "the " + token.lower();
            }
            if ("ADP".equals(token.pos()) && !token.lower().equals("of")) {
                break;
            }
        }
        return measured(unit);
    }

    private static boolean unitOf(TaggedToken token, String unit) {
        return token.lemma().equalsIgnoreCase(unit);
    }

    private static String measured(String unit) {
        if (unit == null) {
            return "the figure";
        }
        if (MONEY.contains(unit)) {
            return "the amount";
        }
        if (unit.equals("percent")) {
            return "the percentage";
        }
        return Units.days(unit) > 0 ? "the length of time" : "the " + unit;
    }
}
