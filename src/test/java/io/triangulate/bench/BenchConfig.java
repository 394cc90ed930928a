package io.triangulate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Where the bench data is ({@code -Dbench.dir}, default {@code ../shared/bench}) and how much of it to use ({@code -Dbench.limit}). */
final class BenchConfig {

    static final ObjectMapper JSON = new ObjectMapper();

    private BenchConfig() {
    }

    /** A system property, or {@code fallback} when it is unset or blank (the Maven profile passes blanks). */
    static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() || value.startsWith("${") ? fallback : value.strip();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Path dir() {
        Path dir = Path.of(property("bench.dir", "../shared/bench")).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("bench data not found at " + dir + " (set -Dbench.dir=...)");
        }
        return dir;
    }

    /** Items per dataset, or {@link Integer#MAX_VALUE} when not capped (0 or unset). */
    static int limit() {
        int limit = Integer.getInteger("bench.limit", 0);
        return limit <= 0 ? Integer.MAX_VALUE : limit;
    }

    static boolean verbose() {
        return Boolean.getBoolean("bench.verbose");
    }

    static List<JsonNode> jsonLines(Path file) {
        List<JsonNode> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pct(long part, long whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    static String f3(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
