package io.triangulate.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triangulate.report.Event;
import io.triangulate.report.EventService;
import io.triangulate.web.support.ApiException;
import io.triangulate.web.support.Flash;
import io.triangulate.web.view.EventPage;
import io.triangulate.web.view.EventRow;
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
import org.jboss.resteasy.reactive.RestPath;

/** The pages of events: the list, a new event, one event with its reports. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class EventsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<EventRow> events);

        static native TemplateInstance newEvent(String title, String description, String error);

        static native TemplateInstance show(EventPage page);
    }

    @Inject
    EventService events;

    @GET
    public TemplateInstance index() {
        return Templates.index(EventRow.all());
    }

    @GET
    @Path("events/new")
    public TemplateInstance newEvent() {
        return Templates.newEvent("", "", null);
    }

    @POST
    @Path("events")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String title, @RestForm String description) {
        if (title == null || title.isBlank()) {
            return Response.status(400)
                    .entity(Templates.newEvent("", description, "Give the event a title.")).build();
        }
        Event event = events.create(title, description);
        return Flash.seeOther("/events/" + event.id, "Event created. Now import its reports.");
    }

    @GET
    @Path("events/{id}")
    public TemplateInstance show(@RestPath long id) {
        Event event = events.find(id).orElseThrow(() -> ApiException.notFound("event " + id));
        return Templates.show(EventPage.of(event));
    }

    @POST
    @Path("events/{id}/deletion")
    public Response delete(@RestPath long id) {
        if (!events.delete(id)) {
            throw ApiException.notFound("event " + id);
        }
        return Flash.seeOther("/", "Event deleted with its reports.");
    }
}
