package io.triangulate.web.support;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.triangulate.account.Roles;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Who is signed in, for templates: {@code {inject:user.name}}, {@code {inject:user.canEdit}}.
 * Reads the identity the security check of the endpoint already resolved, so it never blocks and
 * is empty on the public pages (the login page).
 */
@Named("user")
@RequestScoped
public class CurrentUser {

    @Inject
    RoutingContext routing;

    public boolean signedIn() {
        return identity() != null;
    }

    public String name() {
        SecurityIdentity identity = identity();
        return identity == null ? "" : identity.getPrincipal().getName();
    }

    /** Records review decisions and corrections. */
    public boolean canReview() {
        return has(Roles.REVIEWER);
    }

    /** Creates events, imports and deletes reports. */
    public boolean canEdit() {
        return has(Roles.EDITOR);
    }

    /** Manages accounts. */
    public boolean canAdminister() {
        return has(Roles.ADMIN);
    }

    private boolean has(String role) {
        SecurityIdentity identity = identity();
        return identity != null && identity.hasRole(role);
    }

    private SecurityIdentity identity() {
        if (routing.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            return user.getSecurityIdentity();
        }
        return null;
    }
}
