package io.triangulate.export;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.ReviewStatus;
import io.triangulate.alignment.Verdict;
import io.triangulate.claims.ClaimAnnotations;
import io.triangulate.claims.ClaimKind;
import java.time.Instant;
import java.util.List;

/**
 * Everything an event holds, as one JSON document: the ids are the archived ones and only link the
 * parts to each other; a restore gives every part a new id. Bytes (originals, vectors) are base64.
 */
public record Archive(String format, Integer version, Instant archivedAt, EventPart event, List<ReportPart> reports,
        List<ClaimPart> claims, List<FactPart> facts, List<SessionPart> sessions, List<AuditPart> audit) {

    public static final String FORMAT = "triangulate-archive";
    public static final int VERSION = 1;

    public record EventPart(String title, String description, Instant createdAt) {
    }

    public record ReportPart(Long id, String source, String title, String url, String author, Instant publishedAt,
            Instant importedAt, String mediaType, String contentHash, String text, Original original) {
    }

    public record Original(String fileName, String mediaType, String base64) {
    }

    public record ClaimPart(Long id, Long reportId, int index, String text, int start, int end, ClaimKind kind,
            ClaimAnnotations annotations, String embedding, String embeddingModel) {
    }

    public record FactPart(Long id, int position, Verdict verdict, double score, List<Long> claimIds,
            List<Long> missingFrom, List<Difference> differences, ReviewPart review) {
    }

    public record ReviewPart(ReviewStatus status, int version, Verdict verdict, String note, String by, Instant at,
            String crossCheck, String crossCheckedBy, boolean pinned) {
    }

    public record SessionPart(Long id, String title, String createdBy, Instant createdAt, Instant closedAt,
            List<AssignmentPart> assignments) {
    }

    public record AssignmentPart(Long factId, String username) {
    }

    /** An audit line; {@code before}/{@code after} are the JSON states as recorded. */
    public record AuditPart(Instant at, String username, String action, Long factId, String before, String after,
            String note) {
    }
}
