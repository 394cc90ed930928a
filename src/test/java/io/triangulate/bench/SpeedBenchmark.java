package io.triangulate.bench;

import io.triangulate.alignment.ClaimInput;
import io.triangulate.alignment.ComparedFact;
import io.triangulate.alignment.ComparisonEngine;
import io.triangulate.alignment.ReportClaims;
import io.triangulate.claims.ExtractedClaim;
import io.triangulate.claims.RuleBasedClaimExtractor;
import io.triangulate.claims.embedding.EmbeddingTexts;
import io.triangulate.claims.embedding.BgeSmallEmbedder;
import io.triangulate.report.parsing.TextNormalizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How fast reports are imported (claims extracted and embedded) and compared, on real ECB+
 * clusters (documents with the same topic and suffix report the same event). A main, not a test:
 * see README "Measuring quality and speed".
 *
 * <p>The 8 and 10 reports are the first documents of one cluster ({@code -Dbench.cluster}, default
 * the first cluster with at least 10 documents, e.g. {@code 1_ecb}). No cluster has 32 documents,
 * so the 32 reports are that whole cluster, then the other cluster of the same topic (a second event
 * of the same kind), then documents of the following topics until there are 32. System properties:
 * {@code bench.dir}, {@code bench.cluster}, {@code bench.runs} (timed runs, default 7),
 * {@code bench.warmup} (default 3), {@code bench.standins}.
 */
public final class SpeedBenchmark {

    private SpeedBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        long start = System.nanoTime();
        Path dir = BenchConfig.dir();
        int runs = Integer.getInteger("bench.runs", 11);
        int warmup = Integer.getInteger("bench.warmup", 5);
        System.out.println("== Triangulate speed benchmark");
        System.out.println(Engines.description());
        System.out.printf(Locale.ROOT, "JVM %s, %d cores, max heap %d MB; bench data: %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, dir);

        List<Ecb.Doc> all = Ecb.all(dir);
        Map<String, List<Ecb.Doc>> clusters = Ecb.clusters(all);
        String chosen = BenchConfig.property("bench.cluster", clusters.entrySet().stream()
                .filter(e -> e.getValue().size() >= 10).map(Map.Entry::getKey).findFirst().orElseThrow());
        List<Ecb.Doc> cluster = clusters.get(chosen);
        if (cluster == null || cluster.size() < 10) {
            throw new IllegalArgumentException("cluster " + chosen + " missing or smaller than 10 documents");
        }
        List<Ecb.Doc> docs = new ArrayList<>(cluster);
        String sibling = cluster.get(0).topic() + "_" + ("ecb".equals(cluster.get(0).suffix()) ? "ecbplus" : "ecb");
        for (Ecb.Doc d : clusters.getOrDefault(sibling, List.of())) {
            if (docs.size() < 32) {
                docs.add(d);
            }
        }
        for (Ecb.Doc d : all) {
            if (docs.size() < 32 && d.topic() > cluster.get(0).topic()) {
                docs.add(d);
            }
        }
        for (Ecb.Doc d : all) { // wrap around when the later topics are too few
            if (docs.size() < 32 && !docs.contains(d)) {
                docs.add(d);
            }
        }
        Map<String, Integer> composition = new LinkedHashMap<>();
        docs.forEach(d -> composition.merge(d.cluster(), 1, Integer::sum));
        System.out.println("reports: 8 and 10 = first documents of cluster " + chosen + " (" + cluster.size()
                + " documents); 32 = documents per cluster " + composition);

        long load = System.nanoTime();
        TextNormalizer normalizer = new TextNormalizer();
        RuleBasedClaimExtractor extractor = new RuleBasedClaimExtractor();
        BgeSmallEmbedder embedder = new BgeSmallEmbedder();
        System.out.printf(Locale.ROOT, "embedder loaded in %.2f s%n", (System.nanoTime() - load) / 1e9);
        for (int i = 0; i < 3; i++) { // warm up tagger models and ONNX
            embedder.embed(extractor.extract(normalizer.normalize(docs.get(i).text()), null).stream()
                    .map(ExtractedClaim::text).toList());
        }
        long baseline = usedHeapAfterGc();

        // import cost: claims extracted and embedded, per report
        List<ReportClaims> reports = new ArrayList<>();
        double[] extractMs = new double[docs.size()];
        double[] embedMs = new double[docs.size()];
        long nextId = 1;
        for (int r = 0; r < docs.size(); r++) {
            long t0 = System.nanoTime();
            List<ExtractedClaim> extracted = extractor.extract(normalizer.normalize(docs.get(r).text()), null);
            long t1 = System.nanoTime();
            EmbeddingTexts.Embedded embedded = EmbeddingTexts.embed(extracted.stream().map(ExtractedClaim::text).toList(),
                    embedder::embed);
            long t2 = System.nanoTime();
            extractMs[r] = (t1 - t0) / 1e6;
            embedMs[r] = (t2 - t1) / 1e6;
            List<ClaimInput> claims = new ArrayList<>();
            for (int i = 0; i < extracted.size(); i++) {
                ExtractedClaim c = extracted.get(i);
                claims.add(new ClaimInput(nextId++, r + 1, c.index(), c.text(), c.annotations(),
                        embedded.vectors().get(i), c.tokens(), embedded.ownVectors().get(i)));
            }
            reports.add(new ReportClaims(r + 1, claims));
        }
        int totalClaims = reports.stream().mapToInt(r -> r.claims().size()).sum();
        double extractTotal = Arrays.stream(extractMs).sum();
        double embedTotal = Arrays.stream(embedMs).sum();
        System.out.println();
        System.out.println("import (normalise + extract claims, then embed), " + docs.size() + " reports, "
                + totalClaims + " claims:");
        System.out.printf(Locale.ROOT, "   per report: extract median %.1f ms (mean %.1f), embed median %.1f ms (mean %.1f),"
                + " total median %.1f ms%n", median(extractMs), extractTotal / docs.size(), median(embedMs),
                embedTotal / docs.size(), median(sum(extractMs, embedMs)));
        System.out.printf(Locale.ROOT, "   per claim:  extract %.2f ms, embed %.2f ms%n", extractTotal / totalClaims,
                embedTotal / totalClaims);

        // comparison: the engine only, claims already extracted and embedded
        ComparisonEngine engine = Engines.standard();
        System.out.println();
        System.out.println("comparison (engine only; at least " + warmup + " warm-up runs and 2 s, then median of " + runs
                + " timed runs):");
        Map<Integer, double[]> results = new LinkedHashMap<>(); // n -> {claims, median ms, facts}
        for (int n : List.of(8, 10, 32)) {
            List<ReportClaims> subset = reports.subList(0, Math.min(n, reports.size()));
            int claims = subset.stream().mapToInt(r -> r.claims().size()).sum();
            List<ComparedFact> facts = List.of();
            long warmStart = System.nanoTime();
            for (int i = 0; i < warmup || System.nanoTime() - warmStart < 2_000_000_000L; i++) {
                facts = engine.compare(subset); // at least the warm-up runs and two seconds, for the JIT
            }
            double[] times = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                facts = engine.compare(subset);
                times[i] = (System.nanoTime() - t0) / 1e6;
            }
            results.put(n, new double[] {claims, median(times), facts.size()});
            System.out.printf(Locale.ROOT, "   %2d reports, %4d claims: median %9.1f ms  (min %.1f, max %.1f), %d facts%n",
                    subset.size(), claims, median(times), Arrays.stream(times).min().orElse(0),
                    Arrays.stream(times).max().orElse(0), facts.size());
        }
        double[] r8 = results.get(8);
        double[] r10 = results.get(10);
        double[] r32 = results.get(32);
        double growth = Math.log(r32[1] / r8[1]) / Math.log(r32[0] / r8[0]);
        System.out.printf(Locale.ROOT, "   growth exponent log(t32/t8)/log(claims32/claims8) = %.2f%n", growth);

        long used = usedHeapAfterGc();
        System.out.println();
        System.out.printf(Locale.ROOT, "heap used after GC: %d MB (%d MB before the reports were read; %d claims held)%n",
                used >> 20, baseline >> 20, totalClaims);
        System.out.printf(Locale.ROOT, "targets: 10 reports under 3 s (aim 0.3 s) -> %s (%.3f s);"
                + " growth exponent <= 1.5 -> %s (%.2f)%n", r10[1] < 3000 ? "MET" : "NOT MET", r10[1] / 1000,
                growth <= 1.5 ? "MET" : "NOT MET", growth);
        // ECB+ documents are short (about 7 claims each), so the "10 reports, ~230 claims" is
        // closer to the 32-report set in claims; show that one against the same target too.
        System.out.printf(Locale.ROOT, "         the issue's 10 reports have ~230 claims; here %d reports have %d claims:"
                + " %.3f s -> %s%n", Math.min(32, reports.size()), (int) r32[0], r32[1] / 1000,
                r32[1] < 3000 ? "MET" : "NOT MET");
        System.out.printf(Locale.ROOT, "speed benchmark done in %.1f s%n", (System.nanoTime() - start) / 1e9);
        reports.size(); // keep the reports reachable until the heap was measured
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double[] sum(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
