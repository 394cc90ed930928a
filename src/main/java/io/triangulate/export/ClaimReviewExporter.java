package io.triangulate.export;

import io.triangulate.alignment.ReviewStatus;
import io.triangulate.alignment.Verdict;
import io.triangulate.export.ExportTable.Row;
import io.triangulate.export.ExportTable.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org {@code ClaimReview} objects (JSON-LD), one per fact a person reviewed: the claim as the
 * first source words it, every report that carries it as an {@code itemReviewed.appearance}, a
 * rating from the verdict shown (3 the sources agree, 2 some leave it out, 1 they disagree), the
 * reviewer as author and the decision's date.
 */
public final class ClaimReviewExporter implements Exporter {

    @Override
    public void write(ExportTable table, OutputStream out) throws IOException {
        List<Map<String, Object>> reviews = new ArrayList<>();
        for (Row row : table.rows()) {
            if (row.review().decided() && !row.claims().isEmpty()) {
                reviews.add(review(table, row));
            }
        }
        ExportJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, reviews);
    }

    private static Map<String, Object> review(ExportTable table, Row row) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("claimReviewed", row.claims().get(0).text());
        review.put("itemReviewed", Map.of("@type", "Claim", "appearance",
                row.carriers().stream().map(id -> appearance(table, id)).toList()));
        review.put("reviewRating", rating(row.verdict(), row.review().status()));
        review.put("author", Map.of("@type", "Person", "name", row.review().by() == null ? "unknown" : row.review().by()));
        if (row.review().at() != null) {
            review.put("datePublished", ReportText.date(row.review().at()));
        }
        if (row.review().note() != null && !row.review().note().isBlank()) {
            review.put("reviewBody", row.review().note().strip());
        }
        return review;
    }

    private static Map<String, Object> appearance(ExportTable table, Long reportId) {
        Source source = table.sources().stream().filter(s -> s.id().equals(reportId)).findFirst().orElseThrow();
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@type", "CreativeWork");
        if (source.url() != null && !source.url().isBlank()) {
            work.put("url", source.url());
        }
        if (source.title() != null) {
            work.put("headline", source.title());
        }
        work.put("publisher", Map.of("@type", "Organization", "name", source.source()));
        if (source.author() != null) {
            work.put("author", Map.of("@type", "Person", "name", source.author()));
        }
        if (source.publishedAt() != null) {
            work.put("datePublished", ReportText.date(source.publishedAt()));
        }
        return work;
    }

    private static Map<String, Object> rating(Verdict verdict, ReviewStatus status) {
        int value = switch (verdict) {
            case AGREEMENT -> 3;
            case OMISSION, UNCOMPARED -> 2;
            case DIVERGENCE -> 1;
        };
        String name = ReportText.label(verdict) + (status == ReviewStatus.DISPUTED ? " (disputed)" : "");
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("ratingValue", value);
        rating.put("worstRating", 1);
        rating.put("bestRating", 3);
        rating.put("alternateName", name);
        return rating;
    }
}
