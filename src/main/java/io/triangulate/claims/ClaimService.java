package io.triangulate.claims;

import io.triangulate.claims.embedding.Embedder;
import io.triangulate.claims.embedding.BgeSmallEmbedder;
import io.triangulate.claims.embedding.MiniLmEmbedder;
import io.triangulate.report.parsing.TextNormalizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/**
 * Holds the one claim extractor and the sentence models of the process and runs them: the claims'
 * vectors come from bge-small, the judge's word vectors from all-MiniLM. Their models load when the
 * bean is first used (application-scoped beans are created lazily), once.
 */
@ApplicationScoped
public class ClaimService {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final ClaimExtractor extractor = new RuleBasedClaimExtractor();
    private final Embedder embedder = new BgeSmallEmbedder();
    private final Embedder words = new MiniLmEmbedder();

    public String normalize(String raw) {
        return normalizer.normalize(raw);
    }

    public List<ExtractedClaim> extract(String normalizedText, LocalDate publishedAt) {
        return extractor.extract(normalizedText, publishedAt);
    }

    /** Unit sentence vectors for the texts, computed in batches. */
    public List<float[]> embed(List<String> texts) {
        return embedder.embed(texts);
    }

    public TextNormalizer normalizer() {
        return normalizer;
    }

    public ClaimExtractor extractor() {
        return extractor;
    }

    /** The model of the claims' vectors. */
    public Embedder embedder() {
        return embedder;
    }

    /** The model of the judge's word vectors ({@code EmbeddedWords}). */
    public Embedder wordEmbedder() {
        return words;
    }
}
