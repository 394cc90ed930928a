package io.triangulate.web.support;

import io.triangulate.web.Templates;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Double-submit CSRF protection for every page form: a random token in an HttpOnly, SameSite
 * cookie, echoed by each form in the field {@value CsrfToken#FIELD} (or by htmx in the header
 * {@value CsrfToken#HEADER}). The JSON API is exempt: browsers cannot send it JSON across origins
 * without CORS, and it is reached with credentials, not cookies. See docs/decisions/0002.
 */
public class CsrfFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter
    @WithFormRead
    public void verify(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (SAFE_METHODS.contains(request.getMethod()) || isApi(routing)) {
            return;
        }
        Cookie cookie = routing.request().getCookie(CsrfToken.COOKIE);
        String sent = sentToken(request);
        if (cookie == null || sent == null || !sameToken(cookie.getValue(), sent)) {
            request.abortWith(Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.error(400,
                            "This form has expired or did not come from this site: reload the page and send it again."))
                    .build());
        }
    }

    /** Hands out the token cookie on the first page a browser asks for. */
    @ServerResponseFilter
    public void issue(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        if (!"GET".equals(request.getMethod()) || isApi(routing)
                || routing.request().getCookie(CsrfToken.COOKIE) != null) {
            return;
        }
        String token = CsrfToken.currentOrNew(routing);
        routing.response().addCookie(Cookie.cookie(CsrfToken.COOKIE, token).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure(routing.request().isSSL()));
    }

    private static String sentToken(ResteasyReactiveContainerRequestContext request) {
        String header = request.getHeaderString(CsrfToken.HEADER);
        if (header != null) {
            return header;
        }
        var context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        Object field = context.getFormParameter(CsrfToken.FIELD, true, false);
        return field == null ? null : field.toString();
    }

    private static boolean sameToken(String expected, String sent) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isApi(RoutingContext routing) {
        String path = routing.request().path();
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/q/");
    }
}
