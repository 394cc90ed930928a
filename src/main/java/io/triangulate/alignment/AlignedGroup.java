package io.triangulate.alignment;

import java.util.List;

/**
 * Claims the aligner judged to state the same fact, with its confidence (0..1): the mean score of
 * the pairs that joined them, 1 for a claim alone.
 */
public record AlignedGroup(List<ClaimInput> claims, double score) {
}
