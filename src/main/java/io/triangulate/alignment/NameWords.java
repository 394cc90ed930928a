package io.triangulate.alignment;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A name written in full counts as one word in the lemma features, the word of the name most of
 * the event's claims use ("Kim" for "North Korean leader Kim Jong Un", "Trump" for "President
 * Donald Trump"). Reports introduce people by their full names in their opening sentences, so
 * without this two leads share "donald", "jong" and "un", words rare in the event and so weighty,
 * whatever each lead says; with it they share "trump" and "kim", words the event's topic makes cheap.
 */
final class NameWords {

    private NameWords() {
    }

    static List<ClaimFeatures> collapse(List<ClaimFeatures> claims, int vocabularySize) {
        int[] frequency = new int[vocabularySize];
        for (ClaimFeatures c : claims) {
            for (int lemma : c.lemmas()) {
                frequency[lemma]++;
            }
        }
        return claims.stream().map(c -> c.nameWords().length == 0 ? c : collapse(c, frequency)).toList();
    }

    private static ClaimFeatures collapse(ClaimFeatures claim, int[] frequency) {
        boolean[] drop = new boolean[frequency.length];
        int[] keep = new int[claim.nameWords().length];
        for (int n = 0; n < keep.length; n++) {
            int[] words = claim.nameWords()[n];
            int best = words[words.length - 1];
            for (int w : words) {
                drop[w] = true;
                if (frequency[w] > frequency[best]) {
                    best = w;
                }
            }
            keep[n] = best;
        }
        int[] lemmas = IntStream.concat(Arrays.stream(claim.lemmas()).filter(l -> !drop[l]), Arrays.stream(keep))
                .sorted().distinct().toArray();
        return claim.withLemmas(lemmas);
    }
}
