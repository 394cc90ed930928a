package io.triangulate.claims;

import io.triangulate.report.parsing.TextNormalizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/**
 * Holds the one claim extractor of the process (its language models are loaded once) and runs it.
 */
@ApplicationScoped
public class ClaimService {

    private final TextNormalizer normalizer = new TextNormalizer();
    private volatile ClaimExtractor extractor;

    public String normalize(String raw) {
        return normalizer.normalize(raw);
    }

    public List<ExtractedClaim> extract(String normalizedText, LocalDate publishedAt) {
        return extractor().extract(normalizedText, publishedAt);
    }

    /** Loads the models now rather than on the first import. */
    public void warmUp() {
        extractor();
    }

    private ClaimExtractor extractor() {
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
