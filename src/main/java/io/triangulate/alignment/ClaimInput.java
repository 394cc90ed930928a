package io.triangulate.alignment;

import io.triangulate.claims.ClaimAnnotations;
import io.triangulate.report.parsing.TaggedToken;
import java.util.List;

/**
 * A claim as the comparison engine sees it: which report it belongs to, where it stands in that
 * report, its words, its annotations, its unit-length sentence vector, and its tokens as tagged at
 * import (null when they were not kept: the judge then tags the text itself).
 */
public record ClaimInput(long id, long reportId, int index, String text, ClaimAnnotations annotations,
        float[] embedding, List<TaggedToken> tokens) {

    /** A claim whose tokens were not kept. */
    public ClaimInput(long id, long reportId, int index, String text, ClaimAnnotations annotations,
            float[] embedding) {
        this(id, reportId, index, text, annotations, embedding, null);
    }
}
