package io.triangulate.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AlignmentConfigTest {

    @Inject
    AlignmentConfig config;

    @Test
    void typedDefaultsAreTheBenchmarkedSettings() {
        assertThat(config.settings()).isEqualTo(AlignmentSettings.defaults());
    }
}
