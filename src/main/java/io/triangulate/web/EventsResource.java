package io.triangulate.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triangulate.account.Roles;
import io.triangulate.alignment.AlignmentService;
import io.triangulate.alignment.StoredComparison;
import io.triangulate.audit.AuditEntry;
import io.triangulate.report.Event;
import io.triangulate.review.ReviewSession;
import io.triangulate.report.EventService;
import io.triangulate.web.support.ApiException;
import io.triangulate.web.support.Flash;
import io.triangulate.web.view.ComparisonFilter;
import io.triangulate.web.view.ComparisonPage;
import io.triangulate.web.view.EventRow;
import io.triangulate.web.view.FactDetail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The pages of events: the list, a new event, and an event's comparison (its facts side by side
 * across its sources, filtered by the query string) with the detail of one fact.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class EventsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<EventRow> events);

        static native TemplateInstance newEvent(String title, String description, String error);

        static native TemplateInstance show(ComparisonPage page, List<ReviewSession> sessions);

        static native TemplateInstance fact(FactDetail detail);

        /** The detail alone, for the side panel of the comparison page. */
        static native TemplateInstance fact$panel(FactDetail detail);
    }

    @Inject
    EventService events;

    @Inject
    AlignmentService alignment;

    @GET
    public TemplateInstance index() {
        return Templates.index(EventRow.all());
    }

    @RolesAllowed(Roles.EDITOR)
    @GET
    @Path("events/new")
    public TemplateInstance newEvent() {
        return Templates.newEvent("", "", null);
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("events")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String title, @RestForm String description) {
        if (title == null || title.isBlank()) {
            return Response.status(400)
                    .entity(Templates.newEvent("", description, "Give the event a title.")).build();
        }
        if (title.strip().length() > Event.TITLE_LIMIT) {
            return Response.status(400).entity(Templates.newEvent(title, description,
                    "Keep the title under " + Event.TITLE_LIMIT + " characters.")).build();
        }
        Event event = events.create(title, description);
        return Flash.seeOther("/events/" + event.id, "Event created. Now import its reports.");
    }

    @GET
    @Path("events/{id}")
    public TemplateInstance show(@RestPath long id, @RestQuery String verdict, @RestQuery String source,
            @RestQuery String kind, @RestQuery String q) {
        ComparisonFilter filter;
        try {
            filter = ComparisonFilter.parse(verdict, source, kind, q);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "INVALID_FILTER", e.getMessage());
        }
        return Templates.show(ComparisonPage.of(comparison(id), filter), ReviewSession.ofEvent(id));
    }

    @GET
    @Path("events/{id}/facts/{factId}")
    public TemplateInstance fact(@RestPath long id, @RestPath long factId, @RestHeader("HX-Request") String htmx) {
        FactDetail detail = FactDetail.of(comparison(id), factId)
                .orElseThrow(() -> ApiException.notFound("fact " + factId + " in event " + id))
                .with(AuditEntry.ofFact(factId), "/events/" + id + "#fact-" + factId);
        return "true".equals(htmx) ? Templates.fact$panel(detail) : Templates.fact(detail);
    }

    private StoredComparison comparison(long id) {
        return alignment.comparison(id).orElseThrow(() -> ApiException.notFound("event " + id));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("events/{id}/deletion")
    public Response delete(@RestPath long id) {
        if (!events.delete(id)) {
            throw ApiException.notFound("event " + id);
        }
        return Flash.seeOther("/", "Event deleted with its reports.");
    }
}
