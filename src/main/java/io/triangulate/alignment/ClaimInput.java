package io.triangulate.alignment;

import io.triangulate.claims.ClaimAnnotations;

/**
 * A claim as the comparison engine sees it: which report it belongs to, where it stands in that
 * report, its words, its annotations and its unit-length sentence vector.
 */
public record ClaimInput(long id, long reportId, int index, String text, ClaimAnnotations annotations,
        float[] embedding) {
}
