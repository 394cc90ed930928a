package io.triangulate.alignment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Whether and how long the comparison engine is warmed in the background when the app starts ({@link EngineWarmUp}). */
@ConfigMapping(prefix = "triangulate.warm-up")
public interface WarmUpConfig {

    @WithDefault("true")
    boolean enabled();

    /** How long to keep comparing the built-in texts, so the JIT compiles the engine's hot code. */
    @WithDefault("4S")
    Duration duration();
}
