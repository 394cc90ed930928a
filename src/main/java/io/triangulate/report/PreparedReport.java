package io.triangulate.report;

import io.triangulate.claims.ExtractedClaim;
import java.time.Instant;
import java.util.List;

/**
 * A report checked, normalised, split into claims and embedded, ready to be stored in one
 * transaction; {@code ownEmbeddings} holds, per claim, the vector of its own words where its
 * embedding was made with context, null elsewhere; {@code embeddingModel} names the model that made them.
 */
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
        List<float[]> ownEmbeddings,
        String embeddingModel,
        String fileName,
        byte[] original) {
}
