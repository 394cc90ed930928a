package io.triangulate.bench;

/** Entry point of the {@code bench} Maven profile: {@code -Dbench=quality}, {@code speed}, {@code all}, or against the packaged app {@code load} and {@code crash}. */
public final class BenchRunner {

    private BenchRunner() {
    }

    public static void main(String[] args) throws Exception {
        String which = BenchConfig.property("bench", "all");
        switch (which) {
            case "quality" -> QualityBenchmark.main(args);
            case "speed" -> SpeedBenchmark.main(args);
            case "load" -> LoadBenchmark.main(args);
            case "crash" -> CrashBenchmark.main(args);
            case "all" -> {
                SpeedBenchmark.main(args);
                System.out.println();
                QualityBenchmark.main(args);
            }
            default -> throw new IllegalArgumentException("-Dbench=" + which + ": expected quality, speed, load, crash or all");
        }
    }
}
