package io.triangulate.web.api;

import io.triangulate.account.Roles;
import io.triangulate.alignment.AdHocComparison;
import io.triangulate.web.support.InvalidInputCode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The comparison of texts stored nowhere. */
@Path("/api/compare")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class ComparisonApiResource {

    @Inject
    AdHocComparison adHoc;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @InvalidInputCode("INVALID_REQUEST")
    public ComparisonJson compare(NewComparisonJson body) {
        List<NewComparisonJson.Text> texts = AdHocInput.validated(body);
        List<String> sources = texts.stream().map(NewComparisonJson.Text::source).toList();
        return ComparisonMapping.of(adHoc.compare(texts.stream().map(NewComparisonJson.Text::text).toList()),
                sources);
    }
}
