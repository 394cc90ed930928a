package io.triangulate.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses sign-ins for a user name once it has failed {@code max-failures} times within
 * {@code window}, until the oldest of those failures is older than the window. Kept in memory:
 * each app instance counts on its own and forgets on restart, which slows guessing down enough
 * for a newsroom tool without a shared store. Unknown user names are counted too, so the answer
 * never tells which names exist.
 */
@ApplicationScoped
public class LoginThrottle {

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Inject
    LoginConfig config;

    Clock clock = Clock.systemUTC();

    /** How long sign-ins for this name stay refused; zero when they are allowed. */
    public Duration refusedFor(String username) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return Duration.ZERO;
        }
        synchronized (recent) {
            forgetOld(recent);
            if (recent.size() < config.maxFailures()) {
                return Duration.ZERO;
            }
            return Duration.between(clock.instant(), recent.peekFirst().plus(config.window()));
        }
    }

    public void failed(String username) {
        Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent);
            recent.addLast(clock.instant());
        }
        if (failures.size() > 10_000) {
            failures.values().removeIf(this::allOld);
        }
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private void forgetOld(Deque<Instant> recent) {
        Instant horizon = clock.instant().minus(config.window());
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
            recent.removeFirst();
        }
    }

    private boolean allOld(Deque<Instant> recent) {
        synchronized (recent) {
            forgetOld(recent);
            return recent.isEmpty();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
