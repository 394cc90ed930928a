package io.triangulate.web.api;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.ReviewStatus;
import io.triangulate.alignment.Verdict;
import java.time.Instant;
import java.util.List;

/** The comparison of the contract: the event, its reports, and one entry per fact. */
public record ComparisonJson(EventRef event, List<ReportRef> reports, List<FactJson> facts) {

    public record EventRef(Long id, String title) {
    }

    public record ReportRef(Long id, String source, String title, Instant publishedAt) {
    }

    public record FactJson(Long id, Verdict verdict, List<ClaimRef> claims, List<Long> missingFrom,
            List<Difference> differences, double score, Review review) {
    }

    /** A claim of a fact; {@code start}/{@code end} count code points into its report's text. */
    public record ClaimRef(Long id, Long reportId, int index, String text, int start, int end) {
    }

    public record Review(ReviewStatus status, int version) {
    }
}
