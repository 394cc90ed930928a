package io.triangulate.web.support;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one-time message shown on the page a form redirects to (Post/Redirect/Get). It travels in a
 * short-lived cookie, so any app instance can show it, and is cleared once shown.
 */
@Named("flash")
@RequestScoped
public class Flash {

    static final String COOKIE = "flash";

    @Inject
    RoutingContext routing;

    static final String WARNING = "!";

    /** A message for the next page; a warning says something did not happen. */
    public record Note(String text, boolean warning) {
    }

    /** 303 to {@code path}, showing {@code message} there. */
    public static Response seeOther(String path, String message) {
        return redirect(path, message);
    }

    /** 303 to {@code path}, showing {@code message} there as a warning: what was asked was not done. */
    public static Response warn(String path, String message) {
        return redirect(path, WARNING + message);
    }

    private static Response redirect(String path, String message) {
        NewCookie cookie = new NewCookie.Builder(COOKIE).value(URLEncoder.encode(message, StandardCharsets.UTF_8))
                .path("/").maxAge(60).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(path)).cookie(cookie).build();
    }

    /** The note for this page, or null; reading it clears it for the next page. */
    public Note getNote() {
        String message = read();
        if (message == null) {
            return null;
        }
        return message.startsWith(WARNING) ? new Note(message.substring(1), true) : new Note(message, false);
    }

    /** The message for this page, or null; reading it clears it for the next page. */
    public String getMessage() {
        Note note = getNote();
        return note == null ? null : note.text();
    }

    private String read() {
        Cookie cookie = routing.request().getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isEmpty()) {
            return null;
        }
        routing.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setMaxAge(0)
                .setSameSite(CookieSameSite.LAX));
        return URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
    }
}
