package io.triangulate.web.api;

import io.triangulate.audit.Actor;
import io.triangulate.audit.AuditEntry;
import io.triangulate.review.ReviewSession;
import io.triangulate.review.SessionService;
import io.triangulate.account.Roles;
import io.triangulate.alignment.AlignmentService;
import io.triangulate.claims.Claim;
import io.triangulate.export.ArchiveService;
import io.triangulate.export.Download;
import io.triangulate.export.ExportFormat;
import io.triangulate.export.ExportService;
import io.triangulate.export.InvalidArchiveException;
import io.triangulate.report.Event;
import io.triangulate.report.EventService;
import io.triangulate.report.Report;
import io.triangulate.web.support.ApiException;
import io.triangulate.web.support.InvalidInputCode;
import io.triangulate.web.view.EventRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Events of the JSON API. */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class EventsApiResource {

    @Inject
    EventService events;

    @Inject
    AlignmentService alignment;

    @Inject
    SessionService sessions;

    @Inject
    Actor user;

    @Inject
    ExportService exports;

    @Inject
    ArchiveService archives;

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @InvalidInputCode("INVALID_EVENT")
    public Response create(NewEventJson body) {
        if (body == null || body.title() == null || body.title().isBlank()) {
            throw new ApiException(400, "INVALID_EVENT", "The event needs a title.");
        }
        if (body.title().strip().length() > Event.TITLE_LIMIT) {
            throw new ApiException(400, "INVALID_EVENT", "The title is longer than " + Event.TITLE_LIMIT + " characters.");
        }
        Event event = events.create(body.title(), body.description());
        return Response.created(URI.create("/api/events/" + event.id)).entity(EventJson.of(event, 0)).build();
    }

    @GET
    public List<EventJson> list() {
        return EventRow.all().stream().map(row -> EventJson.of(row.event(), row.reportCount())).toList();
    }

    @GET
    @Path("{id}")
    public EventJson get(@RestPath long id) {
        Event event = events.find(id).orElseThrow(() -> ApiException.notFound("event " + id));
        List<Report> reports = Report.ofEvent(id);
        Map<Long, Long> claims = Claim.countsByReport(reports.stream().map(r -> r.id).toList());
        return EventJson.withReports(event,
                reports.stream().map(r -> ReportSummaryJson.of(r, claims.getOrDefault(r.id, 0L))).toList());
    }

    @GET
    @Path("{id}/comparison")
    public ComparisonJson comparison(@RestPath long id) {
        return alignment.comparison(id).map(ComparisonMapping::of)
                .orElseThrow(() -> ApiException.notFound("event " + id));
    }

    /** Computes the comparison again; corrections recorded by reviewers are kept. */
    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("{id}/realign")
    public ComparisonJson realign(@RestPath long id) {
        events.find(id).orElseThrow(() -> ApiException.notFound("event " + id));
        alignment.realign(id);
        return comparison(id);
    }

    /** The event's audit trail, oldest first. */
    @GET
    @Path("{id}/audit")
    public List<ReviewJson.AuditJson> audit(@RestPath long id) {
        events.find(id).orElseThrow(() -> ApiException.notFound("event " + id));
        return AuditEntry.ofEvent(id).stream().map(ReviewMapping::audit).toList();
    }

    @POST
    @Path("{id}/sessions")
    @RolesAllowed(Roles.REVIEWER)
    @Consumes(MediaType.APPLICATION_JSON)
    @InvalidInputCode("INVALID_SESSION")
    public Response openSession(@RestPath long id, ReviewJson.NewSessionBody body) {
        ReviewSession session = sessions.open(id, body == null ? null : body.title());
        return Response.created(URI.create("/api/sessions/" + session.id))
                .entity(ReviewMapping.session(sessions.progress(session.id), user.name())).build();
    }

    @GET
    @Path("{id}/sessions")
    public List<ReviewJson.SessionJson> sessions(@RestPath long id) {
        events.find(id).orElseThrow(() -> ApiException.notFound("event " + id));
        return ReviewSession.ofEvent(id).stream().map(s -> ReviewMapping.session(sessions.progress(s.id), user.name())).toList();
    }

    /** The comparison report as a download in one of the {@link ExportFormat}s. */
    @GET
    @Path("{id}/export")
    @Produces(MediaType.WILDCARD)
    public Response export(@RestPath long id, @RestQuery String format) {
        ExportFormat chosen = ExportFormat.parse(format).orElseThrow(() -> new ApiException(400, "INVALID_FORMAT",
                "Choose a format: json, csv, md, html, pdf or claimreview."));
        return download(exports.export(id, chosen).orElseThrow(() -> ApiException.notFound("event " + id)));
    }

    /** Everything the event holds, as one JSON document that import-archive restores. */
    @GET
    @Path("{id}/archive")
    public Response archive(@RestPath long id) {
        return download(archives.archive(id).orElseThrow(() -> ApiException.notFound("event " + id)));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("import-archive")
    @Consumes(MediaType.WILDCARD)
    public Response importArchive(byte[] body) {
        try {
            Event event = archives.restore(body);
            return Response.created(URI.create("/api/events/" + event.id))
                    .entity(EventJson.of(event, Report.ofEvent(event.id).size())).build();
        } catch (InvalidArchiveException e) {
            throw new ApiException(400, "INVALID_ARCHIVE", e.getMessage());
        }
    }

    private static Response download(Download download) {
        StreamingOutput body = download.body()::writeTo;
        return Response.ok(body, download.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"").build();
    }

    @RolesAllowed(Roles.EDITOR)
    @DELETE
    @Path("{id}")
    public Response delete(@RestPath long id) {
        if (!events.delete(id)) {
            throw ApiException.notFound("event " + id);
        }
        return Response.noContent().build();
    }
}
