package io.triangulate.web.api;

import io.triangulate.alignment.ReviewStatus;
import io.triangulate.alignment.Verdict;
import java.time.Instant;
import java.util.List;

/** Bodies and answers of the review part of the JSON API. */
public final class ReviewJson {

    private ReviewJson() {
    }

    public record DecisionBody(ReviewStatus status, Verdict verdict, String note, Integer version) {
    }

    public record CrossCheckBody(Boolean accept, String note, Integer version) {
    }

    public record MergeBody(List<Long> factIds) {
    }

    public record SplitBody(List<Long> claimIds) {
    }

    public record MoveBody(Long toFactId) {
    }

    public record SplitResult(ComparisonJson.FactJson kept, ComparisonJson.FactJson created) {
    }

    public record AuditJson(Long id, Instant at, String user, String action, Long factId, Object before, Object after,
            String note) {
    }

    public record NewSessionBody(String title) {
    }

    public record AssignBody(Long factId, String username, List<String> usernames) {
    }

    public record SessionJson(Long id, Long eventId, String title, String createdBy, Instant createdAt,
            Instant closedAt, int total, int reviewed, int remaining, List<String> participants,
            ComparisonJson.FactJson next) {
    }
}
