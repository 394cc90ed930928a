package io.triangulate.audit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The person the audit trail names: the name it gives the person behind the current request; "system" outside requests. */
@ApplicationScoped
public class Actor {

    public static final String SYSTEM = "system";

    @Inject
    Instance<SecurityIdentity> identity;

    public String name() {
        if (identity.isUnsatisfied()) {
            return "anonymous";
        }
        try {
            SecurityIdentity current = identity.get();
            return current == null || current.isAnonymous() ? "anonymous" : current.getPrincipal().getName();
        } catch (ContextNotActiveException e) {
            return SYSTEM;
        }
    }
}
