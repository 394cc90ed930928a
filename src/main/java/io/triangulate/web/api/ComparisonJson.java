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

    /** {@code verdict} is the reviewer's when one corrected it, {@code engineVerdict} always the engine's. */
    public record FactJson(Long id, Verdict verdict, List<ClaimRef> claims, List<Long> missingFrom,
            List<Difference> differences, double score, Review review, Verdict engineVerdict) {
    }

    /** A claim of a fact; {@code start}/{@code end} count code points into its report's text. */
    public record ClaimRef(Long id, Long reportId, int index, String text, int start, int end) {
    }

    /**
     * The review of a fact: its status and version (the contract's fields), and who decided what:
     * the verdict override, the note, the reviewer and time, a second reviewer's cross-check.
     */
    public record Review(ReviewStatus status, int version, Verdict verdict, String note, String by, Instant at,
            String crossCheck, String crossCheckedBy, boolean pinned) {

        static Review auto() {
            return new Review(ReviewStatus.AUTO, 0, null, null, null, null, null, null, false);
        }
    }
}
