package io.triangulate.export;

import java.io.IOException;
import java.io.OutputStream;

/** A file to hand out: its name, its media type and how to write it. */
public record Download(String fileName, String mediaType, Body body) {

    /** Writes the file; runs after the request's transaction, from values read before. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }
}
