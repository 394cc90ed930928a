package io.triangulate.web.support;

import io.quarkus.qute.TemplateGlobal;

/** Values every template may use. */
@TemplateGlobal
public class Globals {

    /**
     * Where the app serves htmx from: the {@code org.webjars.npm:htmx.org} jar's own resources.
     * Keep the version equal to {@code htmx.version} in the pom; a test fetches this path.
     */
    public static final String htmxPath = "/webjars/htmx.org/2.0.10/dist/htmx.min.js";

    private Globals() {
    }
}
