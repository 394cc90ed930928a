package io.triangulate.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

    final VerifiedPasswords verified = new VerifiedPasswords();

    @Test
    void aPasswordThatMatchedIsKnownForTheSameHash() {
        verified.remember("rita", "rita-Pass-1", "$2a$hash-1");
        assertThat(verified.known("rita", "rita-Pass-1", "$2a$hash-1")).isTrue();
    }

    @Test
    void anotherPasswordAnotherHashOrAnotherUserIsNotKnown() {
        verified.remember("rita", "rita-Pass-1", "$2a$hash-1");
        assertThat(verified.known("rita", "rita-Pass-2", "$2a$hash-1")).isFalse();
        assertThat(verified.known("rita", "rita-Pass-1", "$2a$hash-after-a-reset")).isFalse();
        assertThat(verified.known("sam", "rita-Pass-1", "$2a$hash-1")).isFalse();
    }

    @Test
    void aForgottenUserIsCheckedAgain() {
        verified.remember("rita", "rita-Pass-1", "$2a$hash-1");
        verified.forget("rita");
        assertThat(verified.known("rita", "rita-Pass-1", "$2a$hash-1")).isFalse();
    }
}
