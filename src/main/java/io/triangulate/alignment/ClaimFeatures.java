package io.triangulate.alignment;

import io.triangulate.claims.ClaimAnnotations;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the pair score reads of a claim, prepared once per claim: lemmas and entity names as
 * sorted ids of one vocabulary, numbers as sorted values, so comparing two claims is a merge of
 * small arrays rather than set look-ups.
 */
record ClaimFeatures(ClaimInput claim, int[] lemmas, int[] entities, double[] numbers) {

    /** @param vocabulary shared by every claim of one alignment; grows as words are met */
    static ClaimFeatures of(ClaimInput claim, Map<String, Integer> vocabulary) {
        ClaimAnnotations a = claim.annotations();
        List<String> lemmas = a == null || a.lemmas() == null ? List.of() : a.lemmas();
        Stream<String> entities = a == null || a.entities() == null ? Stream.empty()
                : a.entities().stream().map(e -> "\u0000" + e.key());
        double[] numbers = a == null || a.numbers() == null ? new double[0]
                : a.numbers().stream().mapToDouble(ClaimAnnotations.NumberMention::value).sorted().distinct()
                        .toArray();
        return new ClaimFeatures(claim, ids(lemmas.stream(), vocabulary), ids(entities, vocabulary), numbers);
    }

    private static int[] ids(Stream<String> words, Map<String, Integer> vocabulary) {
        return words.mapToInt(w -> vocabulary.computeIfAbsent(w, k -> vocabulary.size())).sorted().distinct()
                .toArray();
    }

    long reportId() {
        return claim.reportId();
    }
}
