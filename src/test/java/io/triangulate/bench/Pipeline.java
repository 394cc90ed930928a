package io.triangulate.bench;

import io.triangulate.alignment.ClaimInput;
import io.triangulate.alignment.ComparedFact;
import io.triangulate.alignment.ComparisonEngine;
import io.triangulate.alignment.ReportClaims;
import io.triangulate.alignment.TextComparison;
import io.triangulate.claims.ClaimExtractor;
import io.triangulate.claims.ExtractedClaim;
import io.triangulate.claims.RuleBasedClaimExtractor;
import io.triangulate.claims.embedding.Embedder;
import io.triangulate.claims.embedding.EmbeddingTexts;
import io.triangulate.report.parsing.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Texts to claims to the engine, as {@link TextComparison} does it, plus the line each claim
 * comes from (the perturbation suite needs to know which claims belong to the changed sentence).
 */
final class Pipeline {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final ClaimExtractor extractor = new RuleBasedClaimExtractor();
    private final Embedder embedder;
    private final ComparisonEngine engine;
    private final TextComparison comparison;

    Pipeline(Embedder embedder, ComparisonEngine engine) {
        this.embedder = embedder;
        this.engine = engine;
        this.comparison = new TextComparison(normalizer, extractor, embedder, engine);
    }

    /** A report's claims and, for each claim in order, the line (paragraph) of the normalised text it stands on. */
    record Read(ReportClaims report, int[] lineOf) {

        int size() {
            return report.claims().size();
        }
    }

    TextComparison comparison() {
        return comparison;
    }

    Embedder embedder() {
        return embedder;
    }

    ComparisonEngine engine() {
        return engine;
    }

    List<ComparedFact> compare(List<String> texts) {
        return comparison.compare(texts);
    }

    List<ComparedFact> compare(Read... reads) {
        List<ReportClaims> reports = new ArrayList<>();
        for (Read read : reads) {
            reports.add(read.report());
        }
        return engine.compare(reports);
    }

    /** Same claims as {@link TextComparison#claimsOf}, with their lines. */
    Read read(long reportId, long firstClaimId, String text) {
        String normalized = normalizer.normalize(text);
        List<ExtractedClaim> extracted = extractor.extract(normalized, null);
        EmbeddingTexts.Embedded embedded = EmbeddingTexts.embed(extracted.stream().map(ExtractedClaim::text).toList(),
                embedder::embed);
        List<ClaimInput> claims = new ArrayList<>(extracted.size());
        int[] lines = new int[extracted.size()];
        for (int i = 0; i < extracted.size(); i++) {
            ExtractedClaim claim = extracted.get(i);
            claims.add(new ClaimInput(firstClaimId + i, reportId, claim.index(), claim.text(), claim.annotations(),
                    embedded.vectors().get(i), claim.tokens(), embedded.ownVectors().get(i)));
            lines[i] = lineAt(normalized, claim.start());
        }
        return new Read(new ReportClaims(reportId, claims), lines);
    }

    private static int lineAt(String text, int offset) {
        int line = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
