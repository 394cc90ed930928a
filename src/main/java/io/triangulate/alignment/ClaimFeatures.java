package io.triangulate.alignment;

import io.triangulate.claims.ClaimAnnotations;
import java.util.Set;
import java.util.TreeSet;

/** What the pair score reads of a claim, prepared once per claim instead of once per pair. */
record ClaimFeatures(ClaimInput claim, Set<String> lemmas, Set<String> entities, Set<Double> numbers) {

    static ClaimFeatures of(ClaimInput claim) {
        ClaimAnnotations a = claim.annotations();
        Set<String> lemmas = new TreeSet<>(a == null || a.lemmas() == null ? Set.of() : a.lemmas());
        Set<String> entities = new TreeSet<>();
        Set<Double> numbers = new TreeSet<>();
        if (a != null && a.entities() != null) {
            a.entities().forEach(e -> entities.add(e.key()));
        }
        if (a != null && a.numbers() != null) {
            a.numbers().forEach(n -> numbers.add(n.value()));
        }
        return new ClaimFeatures(claim, lemmas, entities, numbers);
    }

    long reportId() {
        return claim.reportId();
    }
}
