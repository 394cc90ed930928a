package io.triangulate.web.support;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.triangulate.account.LoginThrottledException;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Refusals of the security checks. Under {@code /api}: 401 {@code UNAUTHORIZED} with a Basic
 * challenge, 403 {@code FORBIDDEN}, 429 when sign-ins for the user name are throttled. For
 * browsers: a GET without a session goes to the login page and comes back after it (the form
 * login's location cookie), a panel htmx loads without a session sends its whole page there
 * ({@code HX-Redirect}), a failed sign-in goes back to the login page saying why, a role too low
 * gets the friendly error page.
 */
public class AccessErrors {

    static final String CHALLENGE = "Basic realm=\"Triangulate\", charset=\"UTF-8\"";
    static final String HX_REQUEST = "HX-Request";
    static final String HX_CURRENT_URL = "HX-Current-URL";
    static final String HX_REDIRECT = "HX-Redirect";

    @ConfigProperty(name = "quarkus.http.auth.form.location-cookie", defaultValue = "quarkus-redirect-location")
    String locationCookie;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
    String postLocation;

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, RoutingContext routing) {
        return signInFirst(uri, routing, "Sign in first: this needs an account.");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, RoutingContext routing) {
        boolean throttled = e.getCause() instanceof LoginThrottledException;
        if (routing.request().path().equals(postLocation)) {
            return Response.seeOther(URI.create("/login?error=" + (throttled ? "throttled" : "true"))).build();
        }
        if (throttled) {
            LoginThrottledException refusal = (LoginThrottledException) e.getCause();
            return Response.fromResponse(ErrorMapper.answer(429, "TOO_MANY_ATTEMPTS", refusal.getMessage(), uri))
                    .header(HttpHeaders.RETRY_AFTER, Math.max(1, refusal.retryAfter().toSeconds())).build();
        }
        return signInFirst(uri, routing, "Wrong user name or password, or the account is disabled.");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ErrorMapper.answer(403, "FORBIDDEN", "Your account's role does not allow this: ask an admin.", uri);
    }

    private Response signInFirst(UriInfo uri, RoutingContext routing, String message) {
        if (ErrorMapper.isApi(uri)) {
            return Response.fromResponse(ErrorMapper.answer(401, "UNAUTHORIZED", message, uri))
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
        }
        routing.response().addCookie(Cookie.cookie(sessionCookie, "").setPath("/").setMaxAge(0));
        if ("true".equals(routing.request().getHeader(HX_REQUEST))) {
            // A panel loaded by htmx: redirecting the request would put the login page inside the
            // panel, so the whole page goes to the login page, and comes back to itself after it.
            comeBackTo(routing, samePage(routing));
            return Response.status(Response.Status.UNAUTHORIZED).header(HX_REDIRECT, "/login").build();
        }
        if ("GET".equals(routing.request().method().name())) {
            comeBackTo(routing, routing.request().absoluteURI());
        }
        return Response.seeOther(URI.create("/login")).build();
    }

    private void comeBackTo(RoutingContext routing, String url) {
        if (url != null) {
            routing.response().addCookie(Cookie.cookie(locationCookie, url).setPath("/")
                    .setHttpOnly(true).setSameSite(CookieSameSite.STRICT).setSecure(routing.request().isSSL()));
        }
    }

    // The page htmx says the panel sits on, when it is one of this app's pages.
    private static String samePage(RoutingContext routing) {
        String page = routing.request().getHeader(HX_CURRENT_URL);
        String absolute = routing.request().absoluteURI();
        String origin = absolute.substring(0, absolute.indexOf('/', absolute.indexOf("//") + 2) + 1);
        return page != null && page.startsWith(origin) ? page : null;
    }
}
