package io.triangulate.claims;

/**
 * One claim found in a report: its position in reading order, its exact words and where they
 * stand in the report text ({@code text.substring(start, end)} equals {@code text}).
 */
public record ExtractedClaim(int index, String text, int start, int end, ClaimKind kind,
        ClaimAnnotations annotations) {
}
