package io.triangulate.bench;

import io.triangulate.alignment.ComparedFact;
import io.triangulate.alignment.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The hand-written perturbation probes of {@code src/test/resources/probes} (see its README): each
 * report against a copy with one sentence changed. A change passes when a fact holding the changed
 * sentence (in the copy) or the original one is a divergence that names the change's kind; a
 * rewording (PARA) passes when no such fact is flagged.
 */
final class HandProbes {

    private record Probe(String original, String changed, String kind) {
    }

    /** Passed and total per kind, and per file set. */
    record Tally(Map<String, int[]> byKind, Map<String, int[]> byFile, List<String> failures) {
    }

    private HandProbes() {
    }

    static Tally run(Pipeline pipeline, Path dir) {
        Map<String, int[]> byKind = new TreeMap<>();
        Map<String, int[]> byFile = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Path changes : files(dir)) {
            String number = changes.getFileName().toString().replaceAll("\\D", "");
            String report = BenchConfig.read(dir.resolve("report" + number + ".txt"));
            for (Probe p : probes(BenchConfig.read(changes))) {
                if (!report.contains(p.original())) {
                    throw new IllegalStateException(changes + ": not a sentence of the report: " + p.original());
                }
                boolean passed = passed(pipeline.compare(List.of(report, report.replace(p.original(), p.changed()))),
                        report, p);
                count(byKind, p.kind(), passed);
                count(byFile, number, passed);
                if (!passed) {
                    failures.add(number + " " + p.kind() + ": " + p.changed());
                }
            }
        }
        return new Tally(byKind, byFile, failures);
    }

    private static boolean passed(List<ComparedFact> facts, String report, Probe p) {
        boolean flagged = false;
        boolean rightKind = false;
        for (ComparedFact f : facts) {
            boolean touches = f.claims().stream().anyMatch(c -> c.reportId() == 2 && !report.contains(c.text().strip())
                    || c.reportId() == 1 && p.original().contains(c.text().strip()));
            if (touches && f.verdict() != Verdict.AGREEMENT) {
                flagged = true;
                rightKind |= f.differences().stream().anyMatch(d -> d.kind().name().equals(p.kind()));
            }
        }
        return p.kind().equals("PARA") ? !flagged : rightKind;
    }

    private static List<Probe> probes(String text) {
        List<Probe> out = new ArrayList<>();
        for (String block : text.split("\\n\\s*\\n")) {
            String[] lines = block.strip().split("\\n");
            if (lines.length == 3) {
                out.add(new Probe(lines[0], lines[1], lines[2].strip().toUpperCase(Locale.ROOT)));
            }
        }
        return out;
    }

    private static void count(Map<String, int[]> tally, String key, boolean passed) {
        int[] t = tally.computeIfAbsent(key, k -> new int[2]);
        t[0] += passed ? 1 : 0;
        t[1]++;
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(f -> f.getFileName().toString().matches("changes\\d+\\.txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
