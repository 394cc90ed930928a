package io.triangulate.alignment;

import io.triangulate.claims.Claim;
import io.triangulate.claims.ClaimService;
import io.triangulate.claims.annotation.ClaimAnnotator;
import io.triangulate.claims.embedding.EmbeddingTexts;
import io.triangulate.claims.embedding.Vectors;
import io.triangulate.report.Report;
import io.triangulate.report.parsing.TokenTagger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Stored claims turned into the engine's input. */
final class StoredClaims {

    private StoredClaims() {
    }

    /** Claims stored before vectors existed get theirs now, once, embedded as at import ({@link EmbeddingTexts}). */
    static void embedMissing(List<Claim> claims, ClaimService service) {
        List<Claim> missing = claims.stream().filter(c -> c.embedding == null).toList();
        if (missing.isEmpty()) {
            return;
        }
        Map<String, String> textAt = claims.stream()
                .collect(Collectors.toMap(c -> c.report.id + ":" + c.index, c -> c.text, (x, y) -> x));
        List<float[]> vectors = service.embed(missing.stream().map(c -> {
            String before = textAt.get(c.report.id + ":" + (c.index - 1));
            return before == null ? c.text : EmbeddingTexts.of(List.of(before, c.text)).get(1);
        }).toList());
        for (int i = 0; i < missing.size(); i++) {
            missing.get(i).embedding = Vectors.toBytes(vectors.get(i));
        }
    }

    /**
     * Claims that point back and were stored before their own words' vector was kept get it now,
     * once ({@link EmbeddingTexts#ownVectors}).
     */
    static void embedOwnMissing(List<Claim> claims, ClaimService service) {
        List<Claim> missing = claims.stream()
                .filter(c -> c.ownEmbedding == null && c.index > 0 && EmbeddingTexts.pointsBack(c.text)).toList();
        if (missing.isEmpty()) {
            return;
        }
        List<float[]> vectors = service.embed(missing.stream().map(c -> c.text).toList());
        for (int i = 0; i < missing.size(); i++) {
            missing.get(i).ownEmbedding = Vectors.toBytes(vectors.get(i));
        }
    }

    /** Claims stored before their tokens were kept get them now, once, tagged as at import. */
    static void tagMissing(List<Claim> claims, TokenTagger tagger) {
        claims.stream().filter(c -> c.tokens == null).forEach(c -> c.tokens = List.copyOf(tagger.tag(c.text)));
    }

    /**
     * Claims annotated by an older {@link ClaimAnnotator} get the annotations it gives now, from
     * their stored tokens ({@link #tagMissing} first), so a better annotator reaches events imported
     * before it.
     */
    static void annotateStale(List<Claim> claims, ClaimAnnotator annotator) {
        for (Claim c : claims) {
            if (c.annotatedWith < ClaimAnnotator.VERSION) {
                LocalDate published = c.report.publishedAt == null ? null
                        : LocalDate.ofInstant(c.report.publishedAt, ZoneOffset.UTC);
                c.annotations = annotator.annotate(c.text, c.tokens, published);
                c.annotatedWith = ClaimAnnotator.VERSION;
            }
        }
    }

    static List<ReportClaims> byReport(List<Report> reports, List<Claim> claims) {
        Map<Long, List<Claim>> grouped = claims.stream().collect(Collectors.groupingBy(c -> c.report.id));
        List<ReportClaims> result = new ArrayList<>();
        for (Report report : reports) {
            List<ClaimInput> inputs = grouped.getOrDefault(report.id, List.of()).stream()
                    .map(c -> new ClaimInput(c.id, report.id, c.index, c.text, c.annotations,
                            Vectors.fromBytes(c.embedding), c.tokens,
                            c.ownEmbedding == null ? null : Vectors.fromBytes(c.ownEmbedding)))
                    .toList();
            result.add(new ReportClaims(report.id, inputs));
        }
        return result;
    }
}
