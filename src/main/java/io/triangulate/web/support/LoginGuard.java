package io.triangulate.web.support;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stands in front of the login form's post location ({@code /j_security_check}), which Quarkus
 * handles itself, outside JAX-RS and so outside {@link CsrfFilter}, against login CSRF: a post whose {@code Origin} (or {@code Sec-Fetch-Site}) says it comes from
 * another site is refused, so no other site can sign a browser into an account of its choosing.
 * Browsers send {@code Origin} with every form post; a token cannot be checked here without
 * reading the body before Quarkus does. It runs before the authentication handler (order -200).
 */
@ApplicationScoped
public class LoginGuard {

    @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
    String postLocation;

    void install(@Observes Router router) {
        router.post(postLocation).order(-300).handler(this::guard);
    }

    void guard(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        if (fromAnotherSite(request)) {
            routing.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8")
                    .end("Sign in from this site's own login page.");
            return;
        }
        routing.next();
    }

    /** The scheme is left out of the comparison: behind a TLS proxy the app itself may see http. */
    private static boolean fromAnotherSite(HttpServerRequest request) {
        if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false;
        }
        try {
            return !String.valueOf(URI.create(origin).getRawAuthority())
                    .equalsIgnoreCase(request.getHeader(HttpHeaders.HOST));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
