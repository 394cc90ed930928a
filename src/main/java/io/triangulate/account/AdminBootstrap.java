package io.triangulate.account;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Creates the {@code admin} account when the app starts with no account at all, so a new
 * installation can be signed into. Never touches a database that holds an account.
 */
@ApplicationScoped
public class AdminBootstrap {

    static final String ADMIN = "admin";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AdminConfig config;

    @Inject
    AccountService accounts;

    @Transactional
    void onStart(@Observes StartupEvent start) {
        if (Account.count() > 0) {
            return;
        }
        String password = config.password().filter(p -> !p.isBlank()).orElse(null);
        if (password == null) {
            password = randomPassword();
            Log.warnf("No account existed, so the account \"%s\" was created with the password %s "
                    + "(shown only this once: sign in and change it on /admin/users).", ADMIN, password);
        } else {
            Log.infof("No account existed, so the account \"%s\" was created with the configured password.", ADMIN);
        }
        accounts.create(ADMIN, password, List.of(Roles.ADMIN));
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
