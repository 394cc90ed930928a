package io.triangulate.web.api;

import io.triangulate.alignment.AlignmentService;
import io.triangulate.alignment.Fact;
import io.triangulate.review.Corrections;
import io.triangulate.web.api.ComparisonJson.FactJson;
import io.triangulate.web.api.ReviewJson.MoveBody;
import io.triangulate.web.support.ApiException;
import io.triangulate.web.support.InvalidInputCode;
import io.triangulate.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

/** Claims of the JSON API: moving a claim to another fact. */
@RolesAllowed(Roles.REVIEWER)
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimsApiResource {

    @Inject
    Corrections corrections;

    @Inject
    AlignmentService alignment;

    @POST
    @Path("{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @InvalidInputCode("INVALID_CORRECTION")
    public FactJson move(@RestPath long id, MoveBody body) {
        long factId = Concurrency.guard(() -> corrections.move(id, body == null ? null : body.toFactId()));
        Fact fact = Fact.findById(factId);
        return alignment.comparison(fact.event.id).flatMap(c -> ComparisonMapping.fact(c, factId))
                .orElseThrow(() -> ApiException.notFound("fact " + factId));
    }
}
