package io.triangulate.alignment;

import io.triangulate.claims.ClaimExtractor;
import io.triangulate.claims.ExtractedClaim;
import io.triangulate.claims.embedding.Embedder;
import io.triangulate.claims.embedding.EmbeddingTexts;
import io.triangulate.report.parsing.TextNormalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares texts that are stored nowhere (the ad-hoc API, benchmarks): normalise, extract claims,
 * embed them, run the engine. Report ids are 1..n in the order given; claim ids count up across
 * the reports from 1.
 */
public final class TextComparison {

    private final TextNormalizer normalizer;
    private final ClaimExtractor extractor;
    private final Embedder embedder;
    private final ComparisonEngine engine;

    public TextComparison(TextNormalizer normalizer, ClaimExtractor extractor, Embedder embedder,
            ComparisonEngine engine) {
        this.normalizer = normalizer;
        this.extractor = extractor;
        this.embedder = embedder;
        this.engine = engine;
    }

    public List<ComparedFact> compare(List<String> texts) {
        List<ReportClaims> reports = new ArrayList<>();
        long nextClaimId = 1;
        for (int i = 0; i < texts.size(); i++) {
            ReportClaims report = claimsOf(i + 1, nextClaimId, texts.get(i), null);
            nextClaimId += report.claims().size();
            reports.add(report);
        }
        return engine.compare(reports);
    }

    /** One text's claims, with ids counting from {@code firstClaimId}. */
    public ReportClaims claimsOf(long reportId, long firstClaimId, String text, LocalDate publishedAt) {
        return prepare(reportId, firstClaimId, text, publishedAt).claims();
    }

    /** One text normalised, its claims embedded, and where each claim stands in the normalised text. */
    public Prepared prepare(long reportId, long firstClaimId, String text, LocalDate publishedAt) {
        String normalized = normalizer.normalize(text);
        List<ExtractedClaim> extracted = extractor.extract(normalized, publishedAt);
        EmbeddingTexts.Embedded embedded = EmbeddingTexts.embed(extracted.stream().map(ExtractedClaim::text).toList(),
                embedder::embed);
        List<ClaimInput> claims = new ArrayList<>(extracted.size());
        for (int i = 0; i < extracted.size(); i++) {
            ExtractedClaim claim = extracted.get(i);
            claims.add(new ClaimInput(firstClaimId + i, reportId, claim.index(), claim.text(), claim.annotations(),
                    embedded.vectors().get(i), claim.tokens(), embedded.ownVectors().get(i)));
        }
        return new Prepared(new ReportClaims(reportId, claims), normalized, extracted);
    }

    /** A text ready for the engine, with the extraction it came from (offsets into {@code text}). */
    public record Prepared(ReportClaims claims, String text, List<ExtractedClaim> extracted) {
    }

    public ComparisonEngine engine() {
        return engine;
    }
}
