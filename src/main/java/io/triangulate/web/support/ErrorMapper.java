package io.triangulate.web.support;

import io.triangulate.review.ReviewException;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.triangulate.account.AccountException;
import io.triangulate.report.ImportException;
import io.triangulate.web.Templates;
import io.triangulate.web.api.ErrorJson;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become answers: the contract's JSON error body under {@code /api},
 * a friendly page everywhere else. Details go to the log, never to the person.
 */
public class ErrorMapper {

    @ServerExceptionMapper
    public Response importRefused(ImportException e, UriInfo uri) {
        Log.debugf("import refused: %s %s", e.error(), e.getMessage());
        return answer(e.error().status(), e.error().name(), e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response reviewRefused(ReviewException e, UriInfo uri) {
        return answer(e.status(), e.code(), e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response accountRefused(AccountException e, UriInfo uri) {
        return answer(e.error().status(), e.error().name(), e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response apiRefused(ApiException e, UriInfo uri) {
        return answer(e.status(), e.code(), e.getMessage(), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableBody(JacksonException e, UriInfo uri, ResourceInfo resource) {
        Log.debugf("unreadable JSON body: %s", e.getOriginalMessage());
        String code = Optional.ofNullable(resource.getResourceMethod())
                .map(m -> m.getAnnotation(InvalidInputCode.class))
                .map(InvalidInputCode::value)
                .orElse("INVALID_REQUEST");
        return answer(400, code, "The request body is not valid JSON of the expected shape: "
                + "check quotes, commas and field types.", uri);
    }

    /** Jackson's own mapper for this subtype would answer an empty 400; ours says what is wrong. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedBody(MismatchedInputException e, UriInfo uri, ResourceInfo resource) {
        return unreadableBody(e, uri, resource);
    }

    @ServerExceptionMapper
    public Response httpError(WebApplicationException e, UriInfo uri, ResourceInfo resource) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JacksonException json) {
            return unreadableBody(json, uri, resource);
        }
        return answer(status, HttpErrors.code(status), HttpErrors.message(status), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        Log.error("unexpected failure on " + uri.getPath(), e);
        return answer(500, "INTERNAL_ERROR", "Something went wrong on our side; the error was logged.", uri);
    }

    static Response answer(int status, String code, String message, UriInfo uri) {
        if (isApi(uri)) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorJson(code, message)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(status, message)).build();
    }

    static boolean isApi(UriInfo uri) {
        String path = uri.getPath();
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("api/");
    }
}
