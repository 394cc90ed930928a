package io.triangulate.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** How reports get in. */
@ConfigMapping(prefix = "triangulate.import")
public interface ImportConfig {

    /** Largest report accepted, in bytes of the uploaded file or of the pasted text (UTF-8). */
    @WithDefault("5242880")
    long maxBytes();

    /** Whether the sample events under {@link #dir()} are loaded when the app starts on an empty database. */
    @WithDefault("true")
    boolean onEmptyStart();

    /** The folder of sample events: one sub-folder per event, one file per report. */
    @WithDefault("import")
    Path dir();
}
