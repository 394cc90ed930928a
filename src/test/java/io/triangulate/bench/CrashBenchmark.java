package io.triangulate.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Durability under kill -9: the packaged app on an H2 file takes a stream of imports from
 * {@code bench.writers} clients, is killed without warning after {@code bench.seconds}, and is
 * started again on the same file. Every import it acknowledged (201) must be there with its claims,
 * and no report may be there without claims. Exits with 1 when either fails.
 */
public final class CrashBenchmark {

    private CrashBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int writers = Integer.parseInt(BenchConfig.property("bench.writers", "4"));
        int seconds = Integer.parseInt(BenchConfig.property("bench.seconds", "10"));
        Path dir = Files.createTempDirectory("triangulate-crash");
        String url = "jdbc:h2:file:" + dir.resolve("t") + ";DB_CLOSE_ON_EXIT=FALSE";
        Path log = dir.resolve("app.log");
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        long event;
        PackagedApp app = PackagedApp.start(url, log);
        event = app.newEvent("crash");
        List<Thread> threads = new java.util.ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            Thread thread = new Thread(() -> importForever(app, event, writer, acknowledged));
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        Thread.sleep(seconds * 1000L);
        app.kill();
        for (Thread thread : threads) {
            thread.join(10_000);
        }
        try (PackagedApp again = PackagedApp.start(url, log)) {
            List<List<Long>> found = again.reportsAndEmptyOnes(event);
            Set<Long> lost = new HashSet<>(acknowledged);
            found.get(0).forEach(lost::remove);
            System.out.printf("crash: %d imports acknowledged before kill -9, %d lost, %d half-imported (%d reports after restart)%n",
                    acknowledged.size(), lost.size(), found.get(1).size(), found.get(0).size());
            if (!lost.isEmpty() || !found.get(1).isEmpty() || acknowledged.isEmpty()) {
                System.exit(1);
            }
        }
    }

    private static void importForever(PackagedApp app, long event, int writer, Set<Long> acknowledged) {
        for (int i = 0; ; i++) {
            try {
                HttpResponse<String> answer = app.send("POST", "/api/events/" + event + "/reports", Map.of("source",
                        "W" + writer + "-" + i, "text", "Report " + i + " of writer " + writer + " says the dam held. Water rose "
                                + i + " cm overnight. Crews worked " + (i % 24) + " hours."));
                if (answer.statusCode() == 201) {
                    acknowledged.add(BenchConfig.JSON.readTree(answer.body()).get("id").asLong());
                }
            } catch (Exception killed) {
                return;
            }
        }
    }
}
