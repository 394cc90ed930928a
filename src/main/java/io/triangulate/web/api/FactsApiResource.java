package io.triangulate.web.api;

import io.triangulate.alignment.AlignmentService;
import io.triangulate.alignment.Fact;
import io.triangulate.audit.AuditEntry;
import io.triangulate.review.Corrections;
import io.triangulate.review.Decision;
import io.triangulate.review.ReviewService;
import io.triangulate.web.api.ComparisonJson.FactJson;
import io.triangulate.web.api.ReviewJson.AuditJson;
import io.triangulate.web.api.ReviewJson.CrossCheckBody;
import io.triangulate.web.api.ReviewJson.DecisionBody;
import io.triangulate.web.api.ReviewJson.MergeBody;
import io.triangulate.web.api.ReviewJson.SplitBody;
import io.triangulate.web.api.ReviewJson.SplitResult;
import io.triangulate.web.support.ApiException;
import io.triangulate.web.support.InvalidInputCode;
import io.triangulate.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;

/** Facts of the JSON API: one fact, review decisions, cross-checks, merges and splits, a fact's audit trail. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/facts")
@Produces(MediaType.APPLICATION_JSON)
public class FactsApiResource {

    @Inject
    AlignmentService alignment;

    @Inject
    ReviewService review;

    @Inject
    Corrections corrections;

    @GET
    @Path("{id}")
    public FactJson get(@RestPath long id) {
        return fact(id);
    }

    @RolesAllowed(Roles.REVIEWER)
    @PUT
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @InvalidInputCode("INVALID_REVIEW")
    public FactJson decide(@RestPath long id, DecisionBody body) {
        if (body == null) {
            throw new ApiException(400, "INVALID_REVIEW", "Send the decision: status, note and version.");
        }
        Concurrency.guard(() -> review.decide(id, new Decision(body.status(), body.verdict(), body.note(),
                body.version())));
        return fact(id);
    }

    @RolesAllowed(Roles.REVIEWER)
    @POST
    @Path("{id}/cross-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @InvalidInputCode("INVALID_REVIEW")
    public FactJson crossCheck(@RestPath long id, CrossCheckBody body) {
        if (body == null || body.accept() == null) {
            throw new ApiException(400, "INVALID_REVIEW", "Say whether you accept the decision: accept true or false.");
        }
        Concurrency.guard(() -> review.crossCheck(id, body.accept(), body.note(), body.version()));
        return fact(id);
    }

    @RolesAllowed(Roles.REVIEWER)
    @POST
    @Path("merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @InvalidInputCode("INVALID_CORRECTION")
    public FactJson merge(MergeBody body) {
        long merged = Concurrency.guard(() -> corrections.merge(body == null ? null : body.factIds()));
        return fact(merged);
    }

    @RolesAllowed(Roles.REVIEWER)
    @POST
    @Path("{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @InvalidInputCode("INVALID_CORRECTION")
    public SplitResult split(@RestPath long id, SplitBody body) {
        var split = Concurrency.guard(() -> corrections.split(id, body == null ? null : body.claimIds()));
        return new SplitResult(fact(split.kept()), fact(split.created()));
    }

    @GET
    @Path("{id}/audit")
    public List<AuditJson> audit(@RestPath long id) {
        fact(id);
        return AuditEntry.ofFact(id).stream().map(ReviewMapping::audit).toList();
    }

    private FactJson fact(long id) {
        Fact fact = Fact.findById(id);
        if (fact == null) {
            throw ApiException.notFound("fact " + id);
        }
        return alignment.comparison(fact.event.id).flatMap(c -> ComparisonMapping.fact(c, id))
                .orElseThrow(() -> ApiException.notFound("fact " + id));
    }
}
