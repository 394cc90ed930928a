package io.triangulate.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    LoginThrottle throttle = new LoginThrottle();
    Instant now = Instant.parse("2025-10-30T08:00:00Z");

    @BeforeEach
    void fiveFailuresInFifteenMinutes() {
        throttle.config = new LoginConfig() {
            public int maxFailures() {
                return 5;
            }

            public Duration window() {
                return Duration.ofMinutes(15);
            }

            public int bcryptCost() {
                return 4;
            }
        };
        tick(Duration.ZERO);
    }

    @Test
    void fourFailuresStillAllowAnotherTry() {
        failTimes("rita", 4);
        assertThat(throttle.refusedFor("rita")).isZero();
    }

    @Test
    void fiveFailuresRefuseTheUserNameForTheRestOfTheWindow() {
        failTimes("rita", 5);
        tick(Duration.ofMinutes(5));
        assertThat(throttle.refusedFor("rita")).isEqualTo(Duration.ofMinutes(10));
        assertThat(throttle.refusedFor("vic")).isZero();
    }

    @Test
    void refusalEndsWhenTheFailuresAreOlderThanTheWindow() {
        failTimes("rita", 5);
        tick(Duration.ofMinutes(15));
        assertThat(throttle.refusedFor("rita")).isZero();
    }

    @Test
    void userNamesAreCountedWithoutCase() {
        failTimes("Rita", 5);
        assertThat(throttle.refusedFor("rita")).isPositive();
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        failTimes("rita", 4);
        throttle.succeeded("rita");
        throttle.failed("rita");
        assertThat(throttle.refusedFor("rita")).isZero();
    }

    private void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username);
        }
    }

    private void tick(Duration by) {
        now = now.plus(by);
        throttle.clock = Clock.fixed(now, ZoneOffset.UTC);
    }
}
