package io.triangulate.web.api;

import io.triangulate.audit.Actor;
import io.triangulate.review.SessionProgress;
import io.triangulate.review.SessionService;
import io.triangulate.web.api.ReviewJson.AssignBody;
import io.triangulate.web.api.ReviewJson.SessionJson;
import io.triangulate.web.support.ApiException;
import io.triangulate.web.support.InvalidInputCode;
import io.triangulate.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

/** Review sessions of the JSON API: progress with the next fact, assignments, closing. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionsApiResource {

    @Inject
    SessionService sessions;

    @Inject
    Actor user;

    @GET
    @Path("{id}")
    public SessionJson get(@RestPath long id) {
        return json(sessions.progress(id));
    }

    /** {@code {"factId", "username"}} gives one fact to a reviewer; {@code {"usernames": [...]}} shares the queue. */
    @RolesAllowed(Roles.REVIEWER)
    @POST
    @Path("{id}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @InvalidInputCode("INVALID_SESSION")
    public SessionJson assign(@RestPath long id, AssignBody body) {
        if (body == null) {
            throw new ApiException(400, "INVALID_SESSION", "Send a factId and a username, or usernames.");
        }
        if (body.factId() != null) {
            sessions.assign(id, body.factId(), body.username());
        } else {
            sessions.assignInTurn(id, body.usernames());
        }
        return get(id);
    }

    @RolesAllowed(Roles.REVIEWER)
    @POST
    @Path("{id}/close")
    public SessionJson close(@RestPath long id) {
        return json(sessions.close(id));
    }

    private SessionJson json(SessionProgress progress) {
        return ReviewMapping.session(progress, user.name());
    }
}
