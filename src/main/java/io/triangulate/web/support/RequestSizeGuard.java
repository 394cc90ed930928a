package io.triangulate.web.support;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared length is over the HTTP body limit before it is read, with the
 * contract's JSON error instead of the server's bare 413.
 */
@ApplicationScoped
public class RequestSizeGuard {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(-100).handler(this::check);
    }

    void check(RoutingContext routing) {
        String length = routing.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length)) {
            String message = "The request is larger than the " + maxBodySize.asLongValue() / (1024 * 1024)
                    + " MB this server accepts: send a smaller report.";
            routing.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(new JsonObject().put("error", "TOO_LARGE").put("message", message).encode());
            return;
        }
        routing.next();
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
