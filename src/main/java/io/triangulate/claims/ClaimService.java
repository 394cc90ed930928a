package io.triangulate.claims;

import io.triangulate.claims.embedding.Embedder;
import io.triangulate.claims.embedding.MiniLmEmbedder;
import io.triangulate.report.parsing.TextNormalizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/**
 * Holds the one claim extractor and the one sentence embedder of the process (their models are
 * loaded once, on first use) and runs them.
 */
@ApplicationScoped
public class ClaimService {

    private final TextNormalizer normalizer = new TextNormalizer();
    private volatile ClaimExtractor extractor;
    private volatile Embedder embedder;

    public String normalize(String raw) {
        return normalizer.normalize(raw);
    }

    public List<ExtractedClaim> extract(String normalizedText, LocalDate publishedAt) {
        return extractor().extract(normalizedText, publishedAt);
    }

    /** Unit sentence vectors for the texts, computed in batches. */
    public List<float[]> embed(List<String> texts) {
        return embedder().embed(texts);
    }

    /** Loads the models now rather than on the first import. */
    public void warmUp() {
        extractor();
        embedder();
    }

    public Embedder embedder() {
        Embedder current = embedder;
        if (current == null) {
            synchronized (this) {
                if (embedder == null) {
                    embedder = new MiniLmEmbedder();
                }
                current = embedder;
            }
        }
        return current;
    }

    public TextNormalizer normalizer() {
        return normalizer;
    }

    public ClaimExtractor extractor() {
        ClaimExtractor current = extractor;
        if (current == null) {
            synchronized (this) {
                if (extractor == null) {
                    extractor = new RuleBasedClaimExtractor();
                }
                current = extractor;
            }
        }
        return current;
    }
}
