package io.triangulate.report;

import io.triangulate.audit.Audit;
import io.triangulate.audit.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;

/** Creating and deleting events and reports. Deleting cascades to reports, originals and claims. */
@ApplicationScoped
@Transactional
public class EventService {

    @Inject
    Audit audit;

    public Event create(String title, String description) {
        Event event = Event.create(title.strip(), description == null || description.isBlank() ? null
                : description.strip());
        event.persist();
        return event;
    }

    /** @return whether there was such an event */
    public boolean delete(long eventId) {
        return Event.deleteById(eventId);
    }

    /** @return whether there was such a report */
    public boolean deleteReport(long reportId) {
        Report report = Report.findById(reportId);
        if (report == null) {
            return false;
        }
        audit.record(report.event.id, AuditAction.DELETE_REPORT, null, Map.of("reportId", report.id, "source",
                report.source), null, null);
        return Report.deleteById(reportId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Event> find(long eventId) {
        return Event.findByIdOptional(eventId);
    }
}
