package io.triangulate.account;

import java.time.Duration;

/**
 * A sign-in refused without checking the password, because its user name failed too often. It
 * travels as the cause of Quarkus' (final) {@code AuthenticationFailedException}.
 */
public class LoginThrottledException extends RuntimeException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins for this user name: try again in "
                + Math.max(1, retryAfter.toMinutes() + 1) + " minutes.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
