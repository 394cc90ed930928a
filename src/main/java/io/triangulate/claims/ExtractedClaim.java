package io.triangulate.claims;

import io.triangulate.report.parsing.TaggedToken;
import java.util.List;

/**
 * One claim found in a report: its position in reading order, its exact words and where they
 * stand in the report text ({@code text.substring(start, end)} equals {@code text}), and its
 * tokens as tagged on their own (offsets relative to the claim), which the comparison reads again.
 */
public record ExtractedClaim(int index, String text, int start, int end, ClaimKind kind,
        ClaimAnnotations annotations, List<TaggedToken> tokens) {
}
