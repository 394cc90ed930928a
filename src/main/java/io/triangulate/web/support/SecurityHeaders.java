package io.triangulate.web.support;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Puts the browser-hardening headers on every response: pages, API, static files and errors alike.
 * Pages load only this server's scripts and styles (htmx and js/app.js are served here), so the
 * policy needs no 'unsafe-inline'. The Swagger UI page is the one exception: it starts itself with
 * an inline script, so its own path gets a looser policy.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";

    void install(@Observes Router router) {
        router.route().order(-200).handler(this::addHeaders);
    }

    void addHeaders(RoutingContext routing) {
        MultiMap headers = routing.response().headers();
        headers.set("Content-Security-Policy",
                routing.request().path().startsWith("/q/swagger-ui") ? SWAGGER_POLICY : POLICY);
        headers.set("X-Frame-Options", "DENY");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        routing.next();
    }
}
