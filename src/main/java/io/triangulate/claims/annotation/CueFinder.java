package io.triangulate.claims.annotation;

import io.triangulate.claims.ClaimAnnotations.Cue;
import io.triangulate.report.parsing.TaggedToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds cue phrases in a claim's tokens. A cue is a sequence of words, each matched against the
 * token's lower-case form or its lemma, so "denied", "denies" and "deny" are one cue. Longer cues
 * win over the shorter ones they contain ("no longer" over "no").
 */
final class CueFinder {

    private final List<String[]> cues;

    /** @param phrases cue phrases, words separated by single spaces */
    CueFinder(List<String> phrases) {
        this.cues = phrases.stream().map(p -> p.split(" "))
                .sorted(Comparator.comparingInt((String[] words) -> words.length).reversed()).toList();
    }

    List<Cue> find(String text, List<TaggedToken> tokens) {
        List<Cue> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String[] cue = matchAt(tokens, i);
            if (cue == null) {
                i++;
                continue;
            }
            TaggedToken last = tokens.get(i + cue.length - 1);
            found.add(new Cue(text.substring(tokens.get(i).start(), last.end()), tokens.get(i).start(), last.end(),
                    String.join(" ", cue)));
            i += cue.length;
        }
        return found;
    }

    private String[] matchAt(List<TaggedToken> tokens, int at) {
        for (String[] cue : cues) {
            if (at + cue.length <= tokens.size() && matches(cue, tokens, at)) {
                return cue;
            }
        }
        return null;
    }

    private static boolean matches(String[] cue, List<TaggedToken> tokens, int at) {
        for (int k = 0; k < cue.length; k++) {
            TaggedToken token = tokens.get(at + k);
            String lower = token.lower().replace('’', '\'');
            if (!cue[k].equals(lower) && !cue[k].equals(token.lemma())) {
                return false;
            }
        }
        return true;
    }
}
