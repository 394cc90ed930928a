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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Stored claims turned into the engine's input. */
final class StoredClaims {

    private StoredClaims() {
    }

    /**
     * Claims without vectors, or with vectors of another model than the one the app runs now
     * (claims stored before vectors existed, before their model was kept, or restored from an
     * archive of an older version), and claims that point back without their own words' vector
     * (archives do not carry it), get the current model's vectors now, once: every claim of their
     * report is embedded again as at import ({@link EmbeddingTexts#embed}), own vectors included.
     */
    static void embedStale(List<Claim> claims, ClaimService service) {
        String model = service.embedder().model();
        Map<Long, List<Claim>> byReport = claims.stream()
                .collect(Collectors.groupingBy(c -> c.report.id, LinkedHashMap::new, Collectors.toList()));
        for (List<Claim> ofReport : byReport.values()) {
            if (ofReport.stream().noneMatch(c -> stale(c, model))) {
                continue;
            }
            List<Claim> ordered = ofReport.stream().sorted(Comparator.comparingInt(c -> c.index)).toList();
            EmbeddingTexts.Embedded embedded = EmbeddingTexts.embed(ordered.stream().map(c -> c.text).toList(),
                    service::embed);
            for (int i = 0; i < ordered.size(); i++) {
                Claim claim = ordered.get(i);
                claim.embedding = Vectors.toBytes(embedded.vectors().get(i));
                float[] own = embedded.ownVectors().get(i);
                claim.ownEmbedding = own == null ? null : Vectors.toBytes(own);
                claim.embeddingModel = model;
            }
        }
    }

    private static boolean stale(Claim claim, String model) {
        return claim.embedding == null || !model.equals(claim.embeddingModel)
                || claim.ownEmbedding == null && claim.index > 0 && EmbeddingTexts.pointsBack(claim.text);
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
