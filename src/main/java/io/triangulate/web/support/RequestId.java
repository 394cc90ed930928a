package io.triangulate.web.support;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's {@value #HEADER} when it looks like one (so a load balancer's
 * id carries through), a new one otherwise. It goes into the log context as {@code requestId} (see
 * the console format in application.properties) and back to the caller in the same header, so a
 * complaint quoting the id finds its log lines.
 */
@ApplicationScoped
public class RequestId {

    public static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    // Anything else (too long, spaces, control characters) could forge or break log lines.
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void install(@Observes Router router) {
        router.route().order(-300).handler(this::tag);
    }

    void tag(RoutingContext routing) {
        String sent = routing.request().getHeader(HEADER);
        String id = sent != null && ACCEPTED.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        MDC.put(MDC_KEY, id);
        routing.response().putHeader(HEADER, id);
        routing.addEndHandler(done -> MDC.remove(MDC_KEY));
        routing.next();
    }
}
