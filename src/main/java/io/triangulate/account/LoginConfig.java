package io.triangulate.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Signing in: password hashing and throttling of failed attempts. */
@ConfigMapping(prefix = "triangulate.login")
public interface LoginConfig {

    /** Failed sign-ins for one user name, within {@link #window()}, after which more are refused. */
    @WithDefault("5")
    int maxFailures();

    /** How far back failed sign-ins count, and so how long a user name stays refused. */
    @WithDefault("15M")
    Duration window();

    /** The bcrypt cost (log2 of the rounds) of new password hashes; tests lower it to run faster. */
    @WithDefault("10")
    int bcryptCost();
}
