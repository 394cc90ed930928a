package io.triangulate.web.api;

import io.triangulate.account.Roles;
import io.triangulate.claims.Claim;
import io.triangulate.report.Report;
import io.triangulate.report.ReportImporter;
import io.triangulate.report.ReportInput;
import io.triangulate.web.support.InvalidInputCode;
import io.triangulate.web.support.Uploads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The three ways a report gets into an event through the JSON API. */
@Path("/api/events/{eventId}/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
public class EventReportsApiResource {

    @Inject
    ReportImporter importer;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @InvalidInputCode("INVALID_REPORT")
    public Response importJson(@RestPath long eventId, NewReportJson body) {
        ReportInput input = body == null ? ReportInput.empty() : body.toInput();
        return created(importer.importText(eventId, input));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestPath long eventId, @RestForm FileUpload file, @RestForm String source,
            @RestForm String title, @RestForm String url, @RestForm String author, @RestForm String publishedAt) {
        ReportInput typed = new ReportInput(source, title, url, author, publishedAt, null);
        return created(importer.importFile(eventId, typed, Uploads.fileName(file), Uploads.bytes(file)));
    }

    @POST
    @Path("from-url")
    @Consumes(MediaType.APPLICATION_JSON)
    @InvalidInputCode("INVALID_REPORT")
    public Response importUrl(@RestPath long eventId, FromUrlJson body) {
        FromUrlJson request = body == null ? new FromUrlJson(null, null, null, null, null) : body;
        return created(importer.importUrl(eventId, request.url(), request.toInput()));
    }

    private static Response created(Report report) {
        return Response.created(URI.create("/api/reports/" + report.id))
                .entity(ReportSummaryJson.of(report, Claim.count("report.id", report.id))).build();
    }
}
