package io.triangulate.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a report is fetched from a URL. */
@ConfigMapping(prefix = "triangulate.fetch")
public interface FetchConfig {

    /** Whether addresses on loopback or private networks may be fetched (off: they are refused). */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** How long to wait for the connection and for the whole answer. */
    @WithDefault("10s")
    Duration timeout();

    /** Redirects followed at most, each one checked again. */
    @WithDefault("5")
    int maxRedirects();
}
