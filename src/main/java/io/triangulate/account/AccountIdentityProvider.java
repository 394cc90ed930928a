package io.triangulate.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Checks a user name and password, from HTTP Basic or the login form, against our accounts: bcrypt,
 * throttled per user name, and grants the account's roles with those they include. Ours because
 * quarkus-security-jpa does not resolve for this Quarkus version (docs/decisions/0005).
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    AccountService accounts;

    @Inject
    LoginThrottle throttle;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String username = request.getUsername();
        Duration refused = throttle.refusedFor(username);
        if (!refused.isZero() && !refused.isNegative()) {
            LoginThrottledException throttled = new LoginThrottledException(refused);
            return Uni.createFrom().failure(new AuthenticationFailedException(throttled.getMessage(), throttled));
        }
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> accounts.signIn(username, password)
                .map(account -> {
                    throttle.succeeded(username);
                    return AccountIdentity.of(account);
                })
                .orElseThrow(() -> {
                    throttle.failed(username);
                    return new AuthenticationFailedException("Wrong user name or password.");
                }));
    }
}
