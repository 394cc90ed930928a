package io.triangulate.claims;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.triangulate.claims.annotation.ClaimAnnotator;
import io.triangulate.claims.embedding.Vectors;
import io.triangulate.report.Report;
import io.triangulate.report.parsing.TaggedToken;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A claim of a report: its words are {@code report.text.substring(start, end)}. */
@Entity
public class Claim extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    public Report report;

    @Column(name = "claim_index", nullable = false)
    public int index;

    @Column(nullable = false)
    public String text;

    @Column(name = "start_offset", nullable = false)
    public int start;

    @Column(name = "end_offset", nullable = false)
    public int end;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClaimKind kind;

    @Convert(converter = ClaimAnnotationsConverter.class)
    @Column(nullable = false)
    public ClaimAnnotations annotations;

    /** The claim's tokens as tagged at import; null for claims imported before they were kept. */
    @Convert(converter = TaggedTokensConverter.class)
    public List<TaggedToken> tokens;

    /** The {@link ClaimAnnotator#VERSION} that gave the annotations; 0 for claims stored before it was kept. */
    @Column(name = "annotated_with", nullable = false)
    public int annotatedWith;

    /** The claim's unit sentence vector as stored bytes ({@link io.triangulate.claims.embedding.Vectors}). */
    public byte[] embedding;

    /**
     * The vector of the claim's own words when {@link #embedding} was made with the claim before it
     * as context ({@link io.triangulate.claims.embedding.EmbeddingTexts}); null otherwise.
     */
    @Column(name = "own_embedding")
    public byte[] ownEmbedding;

    /**
     * The model that made {@link #embedding} and {@link #ownEmbedding} ({@link
     * io.triangulate.claims.embedding.Embedder#model()}); null for claims stored before it was kept.
     */
    @Column(name = "embedding_model", length = 64)
    public String embeddingModel;

    /**
     * @param ownEmbedding the vector of the claim's own words where the embedding has context, else null
     * @param model        the model that made both vectors
     */
    public static Claim of(Report report, ExtractedClaim extracted, float[] embedding, float[] ownEmbedding,
            String model) {
        Claim claim = new Claim();
        claim.report = report;
        claim.index = extracted.index();
        claim.text = extracted.text();
        claim.start = extracted.start();
        claim.end = extracted.end();
        claim.kind = extracted.kind();
        claim.annotations = extracted.annotations();
        claim.annotatedWith = ClaimAnnotator.VERSION;
        claim.embedding = Vectors.toBytes(embedding);
        claim.ownEmbedding = ownEmbedding == null ? null : Vectors.toBytes(ownEmbedding);
        claim.embeddingModel = model;
        claim.tokens = extracted.tokens();
        return claim;
    }

    /** Every claim of an event's reports, with its report, in reading order. */
    public static List<Claim> ofEvent(long eventId) {
        return find("select c from Claim c join fetch c.report r where r.event.id = ?1 order by r.id, c.index",
                eventId).list();
    }

    public static List<Claim> ofReport(long reportId) {
        return list("report.id = ?1 order by index", reportId);
    }

    /** Claim count per report id, for the given reports, in one query. */
    public static Map<Long, Long> countsByReport(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager()
                .createQuery("select c.report.id, count(c) from Claim c where c.report.id in ?1 group by c.report.id",
                        Object[].class)
                .setParameter(1, reportIds)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }
}
