package io.triangulate.alignment.judge;

import io.triangulate.alignment.ClaimInput;
import io.triangulate.claims.ClaimAnnotations;
import io.triangulate.report.parsing.TaggedToken;
import java.util.List;
import java.util.Locale;

/** A claim with its tokens, tagged once per judgement and shared by every check. */
record ClaimView(ClaimInput claim, List<TaggedToken> tokens) {

    long reportId() {
        return claim.reportId();
    }

    String text() {
        return claim.text();
    }

    ClaimAnnotations annotations() {
        return claim.annotations();
    }

    String lowerText() {
        return claim.text().toLowerCase(Locale.ROOT);
    }

    /** The words from the first to the last token of {@code [from, to)}, as written. */
    String words(int from, int to) {
        return claim.text().substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** How many tokens have this lemma, or are this word. */
    long lemmaCount(String lemma) {
        return tokens.stream().filter(t -> t.lemma().equals(lemma) || t.lower().equals(lemma)).count();
    }

    /** Whether the token belongs to the claim's attribution ("general manager AJ Butler said"). */
    boolean inSource(TaggedToken t) {
        ClaimAnnotations.Attribution a = annotations().attribution();
        return a != null && t.start() >= a.start() && t.end() <= a.end();
    }

    /** Whether the token belongs to who the claim is attributed to, not to the verb of saying ("denied"). */
    boolean inSourcePhrase(TaggedToken t) {
        ClaimAnnotations.Attribution a = annotations().attribution();
        int from = a == null ? -1 : claim.text().indexOf(a.source(), a.start());
        return from >= 0 && t.start() >= from && t.end() <= from + a.source().length();
    }

    /** Whether the token is part of a figure the claim gives ("Half", "50 percent"). */
    boolean inFigure(TaggedToken t) {
        return annotations().numbers().stream().anyMatch(n -> n.start() < t.end() && t.start() < n.end());
    }

    /** Whether the token is part of a date the claim gives ("last week", "1990s"). */
    boolean inDate(TaggedToken t) {
        return annotations().dates().stream().anyMatch(d -> d.start() < t.end() && t.start() < d.end());
    }

    /** The index of the token that starts at or covers {@code offset}, or -1. */
    int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return -1;
    }
}
