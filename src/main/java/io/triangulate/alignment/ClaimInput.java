package io.triangulate.alignment;

import io.triangulate.claims.ClaimAnnotations;
import io.triangulate.report.parsing.TaggedToken;
import java.util.List;

/**
 * A claim as the comparison engine sees it: which report it belongs to, where it stands in that
 * report, its words, its annotations, its unit-length sentence vector, its tokens as tagged at
 * import (null when they were not kept: the judge then tags the text itself), and, for a claim
 * that points back ({@link io.triangulate.claims.embedding.EmbeddingTexts}) and so was embedded
 * after the claim before it, the vector of its own words alone (null otherwise).
 */
public record ClaimInput(long id, long reportId, int index, String text, ClaimAnnotations annotations,
        float[] embedding, List<TaggedToken> tokens, float[] ownEmbedding) {

    /** A claim embedded on its own words. */
    public ClaimInput(long id, long reportId, int index, String text, ClaimAnnotations annotations,
            float[] embedding, List<TaggedToken> tokens) {
        this(id, reportId, index, text, annotations, embedding, tokens, null);
    }

    /** A claim whose tokens were not kept. */
    public ClaimInput(long id, long reportId, int index, String text, ClaimAnnotations annotations,
            float[] embedding) {
        this(id, reportId, index, text, annotations, embedding, null);
    }

    /** The vector of the claim's own words: its embedding unless that was made with context. */
    public float[] ownOrEmbedding() {
        return ownEmbedding != null ? ownEmbedding : embedding;
    }
}
