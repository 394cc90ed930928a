package io.triangulate.report.documents;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link UrlFetcher} behaves.
 *
 * @param connectTimeout how long to wait for a connection to the server
 * @param readTimeout how long to wait for the whole answer once connected, body included
 * @param maxBytes the largest body accepted; reading stops as soon as it is passed
 * @param allowPrivateAddresses whether loopback and private-network hosts may be fetched (tests,
 *     intranet deployments); off by default, so the server cannot be used to probe its own network
 * @param maxRedirects how many redirects are followed before giving up
 * @param userAgent the {@code User-Agent} header sent with every request
 */
public record FetchSettings(Duration connectTimeout, Duration readTimeout, long maxBytes,
        boolean allowPrivateAddresses, int maxRedirects, String userAgent) {

    public FetchSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("Timeouts must be positive");
        }
        if (maxBytes <= 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("maxBytes must be positive and maxRedirects not negative");
        }
    }

    /** 5 s to connect, 15 s to read, 5 MB (the import limit), 5 redirects, public addresses only. */
    public static FetchSettings defaults() {
        return new FetchSettings(Duration.ofSeconds(5), Duration.ofSeconds(15), 5L * 1024 * 1024, false, 5,
                "Triangulate/0.1 (report import)");
    }

    /** The same settings with private addresses allowed or not. */
    public FetchSettings withPrivateAddresses(boolean allowed) {
        return new FetchSettings(connectTimeout, readTimeout, maxBytes, allowed, maxRedirects, userAgent);
    }

    /** The same settings with another body size limit. */
    public FetchSettings withMaxBytes(long limit) {
        return new FetchSettings(connectTimeout, readTimeout, limit, allowPrivateAddresses, maxRedirects, userAgent);
    }
}
