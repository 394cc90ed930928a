package io.triangulate.web.api;

import io.triangulate.account.Roles;
import io.triangulate.claims.Claim;
import io.triangulate.report.EventService;
import io.triangulate.report.Report;
import io.triangulate.web.support.ApiException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

/** Reading and deleting one report through the JSON API. */
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class ReportsApiResource {

    @Inject
    EventService events;

    @GET
    @Path("{id}")
    public ReportJson get(@RestPath long id) {
        Report report = Report.<Report>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("report " + id));
        return ReportJson.of(report, Claim.ofReport(id));
    }

    @RolesAllowed(Roles.EDITOR)
    @DELETE
    @Path("{id}")
    public Response delete(@RestPath long id) {
        if (!events.deleteReport(id)) {
            throw ApiException.notFound("report " + id);
        }
        return Response.noContent().build();
    }
}
