package io.triangulate.alignment.judge;

import io.triangulate.claims.ClaimAnnotations.DateMention;
import java.util.Locale;

/**
 * A date given as a bound ("founded after 1975", "born before 15 January 1989") rather than as
 * the day itself. Against a plain date it is a comparison, not an equality: "after 1975" excludes
 * 1975 and everything before it, but agrees with 1981; "before 1976" excludes 1976. A plain date
 * coarser than the bound ("after 3 June 1975" / "1975") may still fall on the allowed side.
 */
enum DateBound {
    BEFORE, AFTER, NONE;

    /** The bound the word right before the date sets. */
    static DateBound of(ClaimView view, DateMention date) {
        String before = view.text().substring(0, date.start()).stripTrailing().toLowerCase(Locale.ROOT);
        if (before.endsWith(" before") || before.equals("before")) {
            return BEFORE;
        }
        return before.endsWith(" after") || before.equals("after") ? AFTER : NONE;
    }

    /**
     * Whether the plain day {@code plain} (ISO, at any precision) can lie on this bound's side of
     * {@code bound}, both compared at the coarser precision.
     */
    boolean allows(String bound, String plain) {
        int common = Math.min(bound.length(), plain.length());
        int order = plain.substring(0, common).compareTo(bound.substring(0, common));
        if (order == 0) {
            return plain.length() < bound.length();
        }
        return this == AFTER ? order > 0 : order < 0;
    }
}
