package io.triangulate.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample event of {@code import/}: a report written after the tour and a preview written before it. */
public final class SamplePair {

    static final Path FOLDER = Path.of("import/trump-kim-meeting-that-did-not-happen");

    private SamplePair() {
    }

    public static String after() {
        return read("after-the-tour.txt");
    }

    public static String before() {
        return read("before-the-tour.txt");
    }

    private static String read(String name) {
        try {
            return Files.readString(FOLDER.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
