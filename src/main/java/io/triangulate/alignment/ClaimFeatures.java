package io.triangulate.alignment;

import io.triangulate.claims.ClaimAnnotations;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the pair score reads of a claim, prepared once per claim: lemmas and entity names as
 * sorted ids of one vocabulary, numbers as sorted values, so comparing two claims is a merge of
 * small arrays rather than set look-ups.
 */
record ClaimFeatures(ClaimInput claim, int[] lemmas, int[] entities, double[] numbers, boolean negated) {

    /** @param vocabulary shared by every claim of one alignment; grows as words are met */
    static ClaimFeatures of(ClaimInput claim, Map<String, Integer> vocabulary) {
        ClaimAnnotations a = claim.annotations();
        List<String> lemmas = a == null || a.lemmas() == null ? List.of() : a.lemmas();
        Stream<String> entities = a == null || a.entities() == null ? Stream.empty()
                : a.entities().stream().flatMap(e -> nameParts(e.key())).map(part -> "\u0000" + part);
        double[] numbers = a == null || a.numbers() == null ? new double[0]
                : a.numbers().stream().mapToDouble(ClaimAnnotations.NumberMention::value).sorted().distinct()
                        .toArray();
        boolean negated = a != null && a.negations() != null && !a.negations().isEmpty();
        return new ClaimFeatures(claim, ids(lemmas.stream(), vocabulary), ids(entities, vocabulary), numbers,
                negated);
    }

    /**
     * The words of an entity name that identify it, so that names match however they are written:
     * "Trump-Kim" holds "trump" and "kim", "Kim Jong Un" holds "kim" (a surname alone matches the
     * full name), and "U.S." is "us" like "US". Titles and other short function words of a name
     * are left out.
     */
    static Stream<String> nameParts(String key) {
        String undotted = key.replaceAll("(?<=\\p{L})\\.(?=\\p{L}|$|\\s|-)", "");
        return Stream.of(undotted.split("[^\\p{L}\\p{N}]+")).filter(part -> part.length() >= 2)
                .filter(part -> !NAME_NOISE.contains(part));
    }

    private static final Set<String> NAME_NOISE = Set.of("the", "of", "and", "de", "mr", "mrs", "ms", "dr",
            "president", "leader", "minister", "prime", "senator", "governor", "general");

    private static int[] ids(Stream<String> words, Map<String, Integer> vocabulary) {
        return words.mapToInt(w -> vocabulary.computeIfAbsent(w, k -> vocabulary.size())).sorted().distinct()
                .toArray();
    }

    long reportId() {
        return claim.reportId();
    }
}
