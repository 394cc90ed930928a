package io.triangulate.export;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.Fact;
import io.triangulate.audit.AuditEntry;
import io.triangulate.claims.Claim;
import io.triangulate.export.Archive.AuditPart;
import io.triangulate.export.Archive.ClaimPart;
import io.triangulate.export.Archive.FactPart;
import io.triangulate.export.Archive.ReportPart;
import io.triangulate.export.Archive.SessionPart;
import io.triangulate.report.Event;
import io.triangulate.report.Report;
import io.triangulate.report.ReportOriginal;
import io.triangulate.review.Assignment;
import io.triangulate.review.ReviewSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a checked archive as a new event, mapping every archived id to the new one. */
final class ArchiveWriter {

    private final Map<Long, Report> reports = new HashMap<>();
    private final Map<Long, Claim> claims = new HashMap<>();
    private final Map<Long, Fact> facts = new HashMap<>();

    Event write(Archive archive) {
        Event event = Event.create(archive.event().title(), archive.event().description());
        if (archive.event().createdAt() != null) {
            event.createdAt = archive.event().createdAt();
        }
        event.persist();
        archive.reports().forEach(r -> reports.put(r.id(), report(event, r)));
        archive.claims().forEach(c -> claims.put(c.id(), claim(c)));
        archive.facts().forEach(f -> facts.put(f.id(), fact(event, f)));
        if (archive.sessions() != null) {
            archive.sessions().forEach(s -> session(event, s));
        }
        if (archive.audit() != null) {
            archive.audit().forEach(a -> audit(event, a));
        }
        return event;
    }

    private static Report report(Event event, ReportPart part) {
        Report report = new Report();
        report.event = event;
        report.source = part.source();
        report.title = part.title();
        report.url = part.url();
        report.author = part.author();
        report.publishedAt = part.publishedAt();
        report.importedAt = part.importedAt() == null ? Instant.now() : part.importedAt();
        report.mediaType = part.mediaType() == null ? "text/plain" : part.mediaType();
        report.text = part.text();
        report.contentHash = part.contentHash();
        report.persist();
        if (part.original() != null && part.original().base64() != null) {
            ReportOriginal original = new ReportOriginal();
            original.report = report;
            original.fileName = part.original().fileName();
            original.bytes = Base64.getDecoder().decode(part.original().base64());
            original.persist();
        }
        return report;
    }

    private Claim claim(ClaimPart part) {
        Claim claim = new Claim();
        claim.report = reports.get(part.reportId());
        claim.index = part.index();
        claim.text = part.text();
        claim.start = part.start();
        claim.end = part.end();
        claim.kind = part.kind();
        claim.annotations = part.annotations();
        claim.embedding = part.embedding() == null ? null : Base64.getDecoder().decode(part.embedding());
        claim.embeddingModel = claim.embedding == null ? null : part.embeddingModel();
        claim.persist();
        return claim;
    }

    private Fact fact(Event event, FactPart part) {
        Fact fact = new Fact();
        fact.event = event;
        fact.position = part.position();
        fact.verdict = part.verdict();
        fact.score = part.score();
        fact.missingFrom = new ArrayList<>(part.missingFrom() == null ? List.of()
                : part.missingFrom().stream().map(id -> reports.get(id).id).toList());
        fact.differences = part.differences() == null ? new ArrayList<>()
                : new ArrayList<>(part.differences().stream().map(this::remap).toList());
        part.claimIds().forEach(id -> fact.claimIds.add(claims.get(id).id));
        var review = part.review();
        fact.reviewStatus = review.status();
        fact.reviewVersion = review.version();
        fact.reviewVerdict = review.verdict();
        fact.reviewNote = review.note();
        fact.reviewedBy = review.by();
        fact.reviewedAt = review.at();
        fact.crossCheck = review.crossCheck();
        fact.crossCheckedBy = review.crossCheckedBy();
        fact.pinned = review.pinned();
        fact.persist();
        return fact;
    }

    private Difference remap(Difference difference) {
        Map<Long, String> values = new LinkedHashMap<>();
        difference.values().forEach((id, words) -> values.put(reports.get(id).id, words));
        return new Difference(difference.kind(), values, difference.explanation());
    }

    private void session(Event event, SessionPart part) {
        ReviewSession session = new ReviewSession();
        session.eventId = event.id;
        session.title = part.title();
        session.createdBy = part.createdBy();
        session.createdAt = part.createdAt();
        session.closedAt = part.closedAt();
        session.persist();
        if (part.assignments() != null) {
            part.assignments().forEach(a -> {
                Assignment assignment = new Assignment();
                assignment.sessionId = session.id;
                assignment.factId = facts.get(a.factId()).id;
                assignment.username = a.username();
                assignment.persist();
            });
        }
    }

    /** Lines about facts the archive no longer holds (replaced, deleted) keep no fact id. */
    private void audit(Event event, AuditPart part) {
        AuditEntry entry = new AuditEntry();
        entry.eventId = event.id;
        entry.at = part.at();
        entry.username = part.username();
        entry.action = part.action();
        entry.factId = part.factId() == null || !facts.containsKey(part.factId()) ? null : facts.get(part.factId()).id;
        entry.before = part.before();
        entry.after = part.after();
        entry.note = part.note();
        entry.persist();
    }
}
