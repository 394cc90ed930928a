package io.triangulate.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load on the packaged app with a throw-away H2 database: {@code bench.readers} clients reading the
 * event's comparison and {@code bench.writers} clients importing reports into the same event (each
 * import makes the next read compare again; {@code -Dbench.writes-to=other} imports into another
 * event instead, so reads are served from the stored comparison), for {@code bench.seconds}. Prints per kind the requests
 * per second, p50 and p99 latency and the errors (5xx or no answer).
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int readers = Integer.parseInt(BenchConfig.property("bench.readers", "50"));
        int writers = Integer.parseInt(BenchConfig.property("bench.writers", "4"));
        int seconds = Integer.parseInt(BenchConfig.property("bench.seconds", "30"));
        boolean sameEvent = !"other".equals(BenchConfig.property("bench.writes-to", "same"));
        Path log = Files.createTempFile("triangulate-load", ".log");
        try (PackagedApp app = PackagedApp.start("jdbc:h2:mem:load;DB_CLOSE_DELAY=-1", log)) {
            long event = app.newEvent("load");
            for (String text : seedTexts()) {
                app.json("POST", "/api/events/" + event + "/reports", Map.of("source", "Seed " + text.length(), "text", text), 201);
            }
            app.json("GET", "/api/events/" + event + "/comparison", null, 200);
            long written = sameEvent ? event : app.newEvent("load writes");
            System.out.printf(Locale.ROOT, "load: %d readers, %d writers into the %s event, %d s, app log %s%n",
                    readers, writers, sameEvent ? "same" : "other", seconds, log);
            Timings reads = new Timings();
            Timings writes = new Timings();
            long stop = System.nanoTime() + seconds * 1_000_000_000L;
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(readers + writers);
            for (int i = 0; i < readers; i++) {
                pool.submit(() -> loop(stop, reads, () -> app.send("GET", "/api/events/" + event + "/comparison", null)));
            }
            for (int i = 0; i < writers; i++) {
                pool.submit(() -> loop(stop, writes, () -> app.send("POST", "/api/events/" + written + "/reports",
                        newReport(next.incrementAndGet()))));
            }
            pool.shutdown();
            pool.awaitTermination(seconds + 300L, java.util.concurrent.TimeUnit.SECONDS);
            reads.print("comparison reads", seconds);
            writes.print("imports", seconds);
        }
    }

    interface Call {
        HttpResponse<String> run() throws Exception;
    }

    private static void loop(long stop, Timings timings, Call call) {
        while (System.nanoTime() < stop) {
            long start = System.nanoTime();
            int status;
            try {
                status = call.run().statusCode();
            } catch (Exception e) {
                status = -1;
            }
            timings.add(System.nanoTime() - start, status);
        }
    }

    private static Map<String, String> newReport(int n) {
        return Map.of("source", "Writer " + n, "text", "Report " + n + " says the dam held overnight. "
                + "Water rose " + n + " cm, engineers said on Tuesday. Crews worked " + (n % 24) + " hours.");
    }

    private static List<String> seedTexts() throws Exception {
        Path seeds = Path.of(BenchConfig.property("bench.seeds.dir", "../shared/seeds"));
        if (!Files.isDirectory(seeds)) {
            return List.of("The storm reached the coast at 4 a.m. on Tuesday. At least 12 people were killed.",
                    "The storm hit the coast early on Tuesday. Ten people died, officials said.");
        }
        try (var files = Files.list(seeds)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(4).map(BenchConfig::read).toList();
        }
    }

    /** Latencies and statuses of one kind of request, from many threads. */
    static final class Timings {
        private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger errors = new AtomicInteger();

        void add(long took, int status) {
            nanos.add(took);
            if (status < 0 || status >= 500) {
                errors.incrementAndGet();
            }
        }

        void print(String kind, int seconds) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "%-17s %6d requests  %7.1f req/s  p50 %7.1f ms  p99 %8.1f ms  errors %d%n",
                    kind, sorted.size(), sorted.size() / (double) seconds, percentile(sorted, 0.50),
                    percentile(sorted, 0.99), errors.get());
        }

        private static double percentile(List<Long> sorted, double p) {
            return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
        }
    }
}
