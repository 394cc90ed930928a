package io.triangulate.export;

import io.triangulate.alignment.Fact;
import io.triangulate.audit.AuditEntry;
import io.triangulate.claims.Claim;
import io.triangulate.export.Archive.AssignmentPart;
import io.triangulate.export.Archive.AuditPart;
import io.triangulate.export.Archive.ClaimPart;
import io.triangulate.export.Archive.EventPart;
import io.triangulate.export.Archive.FactPart;
import io.triangulate.export.Archive.Original;
import io.triangulate.export.Archive.ReportPart;
import io.triangulate.export.Archive.ReviewPart;
import io.triangulate.export.Archive.SessionPart;
import io.triangulate.report.Event;
import io.triangulate.report.Report;
import io.triangulate.report.ReportOriginal;
import io.triangulate.review.Assignment;
import io.triangulate.review.ReviewSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads an event and all it holds into an {@link Archive}; runs inside the caller's transaction. */
final class ArchiveReader {

    private ArchiveReader() {
    }

    static Archive read(Event event) {
        List<ReportPart> reports = Report.ofEvent(event.id).stream().map(ArchiveReader::report).toList();
        List<ClaimPart> claims = Claim.ofEvent(event.id).stream().map(c -> new ClaimPart(c.id, c.report.id, c.index,
                c.text, c.start, c.end, c.kind, c.annotations, base64(c.embedding), c.embeddingModel)).toList();
        List<FactPart> facts = Fact.ofEvent(event.id).stream().map(ArchiveReader::fact).toList();
        List<SessionPart> sessions = ReviewSession.ofEvent(event.id).stream().map(ArchiveReader::session).toList();
        List<AuditPart> audit = AuditEntry.ofEvent(event.id).stream().map(a -> new AuditPart(a.at, a.username,
                a.action, a.factId, a.before, a.after, a.note)).toList();
        return new Archive(Archive.FORMAT, Archive.VERSION, Instant.now(),
                new EventPart(event.title, event.description, event.createdAt), reports, claims, facts, sessions, audit);
    }

    private static ReportPart report(Report r) {
        ReportOriginal original = ReportOriginal.findById(r.id);
        Original bytes = original == null ? null
                : new Original(original.fileName, r.mediaType, base64(original.bytes));
        return new ReportPart(r.id, r.source, r.title, r.url, r.author, r.publishedAt, r.importedAt, r.mediaType,
                r.contentHash, r.text, bytes);
    }

    private static FactPart fact(Fact f) {
        return new FactPart(f.id, f.position, f.verdict, f.score, new ArrayList<>(f.claimIds),
                new ArrayList<>(f.missingFrom), new ArrayList<>(f.differences),
                new ReviewPart(f.reviewStatus, f.reviewVersion, f.reviewVerdict, f.reviewNote, f.reviewedBy,
                        f.reviewedAt, f.crossCheck, f.crossCheckedBy, f.pinned));
    }

    private static SessionPart session(ReviewSession s) {
        List<AssignmentPart> assignments = Assignment.ofSession(s.id).stream()
                .map(a -> new AssignmentPart(a.factId, a.username)).toList();
        return new SessionPart(s.id, s.title, s.createdBy, s.createdAt, s.closedAt, assignments);
    }

    private static String base64(byte[] bytes) {
        return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
    }
}
