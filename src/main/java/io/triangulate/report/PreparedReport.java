package io.triangulate.report;

import io.triangulate.claims.ExtractedClaim;
import java.time.Instant;
import java.util.List;

/** A report checked, normalised, split into claims and embedded, ready to be stored in one transaction. */
public record PreparedReport(
        String source,
        String title,
        String url,
        String author,
        Instant publishedAt,
        String mediaType,
        String text,
        String contentHash,
        List<ExtractedClaim> claims,
        List<float[]> embeddings,
        String fileName,
        byte[] original) {
}
