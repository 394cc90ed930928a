package io.triangulate.claims.annotation;

import io.triangulate.claims.ClaimAnnotations.Cue;
import io.triangulate.report.parsing.TaggedToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds cue phrases in a claim's tokens. A cue is a sequence of words, each matched against the
 * token's lower-case form or its lemma, so "denied", "denies" and "deny" are one cue. Longer cues
 * win over the shorter ones they contain ("no longer" over "no").
 */
final class CueFinder {

    // Quote marks as the tokenizer gives them; one may stand inside a cue ('failed "to present').
    private static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d", "``", "''", "'", "\u2018", "\u2019");

    private final List<String[]> cues;
    private final boolean acrossAdverbs;

    /** @param phrases cue phrases, words separated by single spaces */
    CueFinder(List<String> phrases) {
        this(phrases, false);
    }

    /**
     * @param acrossAdverbs whether adverbs may stand between a cue's words ("is widely expected to"),
     *                      for a finder whose cues are never adverbs themselves
     */
    CueFinder(List<String> phrases, boolean acrossAdverbs) {
        this.cues = phrases.stream().map(p -> p.split(" "))
                .sorted(Comparator.comparingInt((String[] words) -> words.length).reversed()).toList();
        this.acrossAdverbs = acrossAdverbs;
    }

    List<Cue> find(String text, List<TaggedToken> tokens) {
        List<Cue> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String[] cue = null;
            int end = -1;
            for (String[] candidate : cues) {
                end = matchEnd(candidate, tokens, i, acrossAdverbs);
                if (end > 0) {
                    cue = candidate;
                    break;
                }
            }
            if (cue == null) {
                i++;
                continue;
            }
            TaggedToken last = tokens.get(end - 1);
            found.add(new Cue(text.substring(tokens.get(i).start(), last.end()), tokens.get(i).start(), last.end(),
                    String.join(" ", cue)));
            i = end;
        }
        return found;
    }

    /**
     * Where a cue that starts at token {@code at} ends (exclusive), or -1. A quote mark between its
     * words does not break it: 'failed "to present' is "fail to".
     */
    private static int matchEnd(String[] cue, List<TaggedToken> tokens, int at, boolean acrossAdverbs) {
        int t = at;
        for (int k = 0; k < cue.length; k++) {
            while (k > 0 && t < tokens.size() && (QUOTES.contains(tokens.get(t).text())
                    || acrossAdverbs && "ADV".equals(tokens.get(t).pos()) && !matches(cue[k], tokens.get(t)))) {
                t++;
            }
            if (t >= tokens.size() || !matches(cue[k], tokens.get(t))) {
                return -1;
            }
            t++;
        }
        return t;
    }

    private static boolean matches(String word, TaggedToken token) {
        String lower = token.lower().replace('\u2019', '\'');
        return word.equals(lower) || word.equals(token.lemma());
    }
}
