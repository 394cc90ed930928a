package io.triangulate.web.support;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.util.Base64;

/** The CSRF token of the current request, for forms: {@code {inject:csrf.token}}. */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    public static final String COOKIE = "csrf-token";
    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-Token";
    private static final String KEY = "triangulate.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    RoutingContext routing;

    public String getToken() {
        return currentOrNew(routing);
    }

    public String getField() {
        return FIELD;
    }

    public String getHeader() {
        return HEADER;
    }

    /** The cookie's token, or a new one kept for this request so the page and the cookie agree. */
    static String currentOrNew(RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(COOKIE);
        if (cookie != null) {
            return cookie.getValue();
        }
        String token = routing.get(KEY);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            routing.put(KEY, token);
        }
        return token;
    }
}
