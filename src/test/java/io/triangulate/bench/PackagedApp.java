package io.triangulate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The packaged app ({@code target/quarkus-app/quarkus-run.jar}) in its own process on a free port,
 * as the load and crash benchmarks drive it, and a small client of its JSON API.
 */
final class PackagedApp implements AutoCloseable {

    static final String PASSWORD = "bench-Admin-Pass-1";
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    final String base;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    private PackagedApp(int port, Process process) {
        this.base = "http://127.0.0.1:" + port;
        this.process = process;
    }

    /** Starts the app on {@code jdbcUrl} and waits until it is ready. */
    static PackagedApp start(String jdbcUrl, Path log) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("No " + JAR + ": run ./mvnw -B package -DskipTests first");
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-Dquarkus.http.port=" + port, "-Dquarkus.datasource.jdbc.url=" + jdbcUrl,
                "-Dtriangulate.admin.password=" + PASSWORD, "-Dtriangulate.import.on-empty-start=false",
                "-Dquarkus.log.console.json.enabled=false", "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        PackagedApp app = new PackagedApp(port, process);
        app.awaitReady(log);
        return app;
    }

    private void awaitReady(Path log) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited at start; see " + log);
            }
            try {
                if (send("GET", "/q/health/ready", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("the app was not ready within 120 s; see " + log);
    }

    HttpResponse<String> send(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", auth).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(BenchConfig.JSON.writeValueAsString(body)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String method, String path, Object body, int expected) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(method, path, body);
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " gave " + answer.statusCode() + ": " + answer.body());
        }
        return BenchConfig.JSON.readTree(answer.body());
    }

    long newEvent(String title) throws IOException, InterruptedException {
        return json("POST", "/api/events", Map.of("title", title), 201).get("id").asLong();
    }

    /** The event's report ids, and of those the ones without a claim. */
    List<List<Long>> reportsAndEmptyOnes(long event) throws IOException, InterruptedException {
        List<Long> reports = BenchConfig.JSON.convertValue(json("GET", "/api/events/" + event, null, 200).get("reports")
                .findValues("id"), BenchConfig.JSON.getTypeFactory().constructCollectionType(List.class, Long.class));
        List<Long> empty = new java.util.ArrayList<>();
        for (long report : reports) {
            if (json("GET", "/api/reports/" + report, null, 200).get("claims").isEmpty()) {
                empty.add(report);
            }
        }
        return List.of(reports, empty);
    }

    /** kill -9: no shutdown hook runs, nothing is flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
