package io.triangulate.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triangulate.account.Roles;
import io.triangulate.alignment.AlignmentService;
import io.triangulate.alignment.Fact;
import io.triangulate.alignment.StoredComparison;
import io.triangulate.claims.Claim;
import io.triangulate.report.Event;
import io.triangulate.report.EventService;
import io.triangulate.report.ImportException;
import io.triangulate.report.Report;
import io.triangulate.report.ReportImporter;
import io.triangulate.report.ReportInput;
import io.triangulate.web.support.ApiException;
import io.triangulate.web.support.Flash;
import io.triangulate.web.view.ImportForm;
import io.triangulate.web.view.ReadingView;
import io.triangulate.web.view.UploadOutcome;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The import form (paste, files or a folder, a URL) and a report's reading view. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class ReportsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance newReport(Event event, ImportForm form);

        static native TemplateInstance show(ReadingView view);
    }

    @Inject
    EventService events;

    @Inject
    ReportImporter importer;

    @Inject
    AlignmentService alignment;

    @RolesAllowed(Roles.EDITOR)
    @GET
    @Path("events/{id}/reports/new")
    public TemplateInstance newReport(@RestPath long id) {
        return Templates.newReport(event(id), ImportForm.blank());
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("events/{id}/reports")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response paste(@RestPath long id, @RestForm String source, @RestForm String title, @RestForm String url,
            @RestForm String author, @RestForm String publishedAt, @RestForm String text) {
        ReportInput input = new ReportInput(source, title, url, author, publishedAt, text);
        try {
            Report report = importer.importText(id, input);
            return Flash.seeOther("/reports/" + report.id, "Report imported: " + report.source + ".");
        } catch (ImportException e) {
            return refused(id, ImportForm.pasted(input, e.getMessage()), e);
        }
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("events/{id}/reports/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestPath long id, @RestForm("files") List<FileUpload> files) {
        UploadOutcome outcome = UploadOutcome.importAll(importer, event(id).id, files);
        if (outcome.imported() == 0) {
            return Response.status(400).entity(Templates.newReport(event(id), ImportForm.failedUpload(outcome)))
                    .build();
        }
        return Flash.seeOther("/events/" + id, outcome.summary());
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("events/{id}/reports/from-url")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response fromUrl(@RestPath long id, @RestForm String url, @RestForm String source) {
        try {
            Report report = importer.importUrl(id, url, new ReportInput(source, null, null, null, null, null));
            return Flash.seeOther("/reports/" + report.id, "Page imported: " + report.source + ".");
        } catch (ImportException e) {
            return refused(id, ImportForm.fetched(url, source, e.getMessage()), e);
        }
    }

    @GET
    @Path("reports/{id}")
    public TemplateInstance show(@RestPath long id) {
        Report report = Report.<Report>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("report " + id));
        List<Fact> facts = alignment.comparison(report.event.id).map(StoredComparison::facts).orElse(List.of());
        return Templates.show(ReadingView.of(report, Claim.ofReport(id), ReadingView.factsByClaim(facts)));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("reports/{id}/deletion")
    public Response delete(@RestPath long id) {
        Report report = Report.<Report>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("report " + id));
        long eventId = report.event.id;
        events.deleteReport(id);
        return Flash.seeOther("/events/" + eventId, "Report deleted: " + report.source + ".");
    }

    private Response refused(long eventId, ImportForm form, ImportException e) {
        int status = e.error().status() >= 500 ? 400 : e.error().status();
        return Response.status(status).entity(Templates.newReport(event(eventId), form)).build();
    }

    private Event event(long id) {
        return events.find(id).orElseThrow(() -> ApiException.notFound("event " + id));
    }
}
