package io.triangulate.account;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The first account. */
@ConfigMapping(prefix = "triangulate.admin")
public interface AdminConfig {

    /**
     * The password of the {@code admin} account created on first start with no account
     * (environment {@code TRIANGULATE_ADMIN_PASSWORD}). Unset: a random one is generated and
     * written once to the log.
     */
    Optional<String> password();
}
