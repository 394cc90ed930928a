package io.triangulate.report;

import io.triangulate.audit.Audit;
import io.triangulate.audit.AuditAction;
import jakarta.inject.Inject;
import java.util.Map;
import static io.triangulate.report.ImportError.DUPLICATE_REPORT;
import static io.triangulate.report.ImportError.NOT_FOUND;

import io.triangulate.claims.Claim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Stores a prepared report with its original bytes and claims, all or nothing. */
@ApplicationScoped
@Transactional
public class ReportStore {

    @Inject
    Audit audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Event requireEvent(long eventId) {
        Event event = Event.findById(eventId);
        if (event == null) {
            throw new ImportException(NOT_FOUND, "There is no event " + eventId + ": it may have been deleted.");
        }
        return event;
    }

    public Report save(long eventId, PreparedReport prepared) {
        Event event = requireEvent(eventId);
        if (Report.existsInEvent(eventId, prepared.contentHash())) {
            throw duplicate(event);
        }
        Report report = toReport(event, prepared);
        report.persist();
        ReportOriginal original = new ReportOriginal();
        original.report = report;
        original.fileName = prepared.fileName();
        original.bytes = prepared.original();
        original.persist();
        for (int i = 0; i < prepared.claims().size(); i++) {
            Claim.of(report, prepared.claims().get(i), prepared.embeddings().get(i), prepared.ownEmbeddings().get(i),
                    prepared.embeddingModel()).persist();
        }
        audit.record(eventId, AuditAction.IMPORT, null, null, Map.of("reportId", report.id, "source", report.source,
                "claims", prepared.claims().size()), null);
        return report;
    }

    static ImportException duplicate(Event event) {
        return new ImportException(DUPLICATE_REPORT,
                "The same text is already a report of the event \"" + event.title + "\".");
    }

    private static Report toReport(Event event, PreparedReport prepared) {
        Report report = new Report();
        report.event = event;
        report.source = prepared.source();
        report.title = prepared.title();
        report.url = prepared.url();
        report.author = prepared.author();
        report.publishedAt = prepared.publishedAt();
        report.importedAt = Instant.now();
        report.mediaType = prepared.mediaType();
        report.text = prepared.text();
        report.contentHash = prepared.contentHash();
        return report;
    }
}
