package io.triangulate.alignment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.claims.ClaimAnnotations;
import io.triangulate.claims.annotation.ClaimAnnotator;
import io.triangulate.claims.embedding.BgeSmallEmbedder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Fits the pair score's logistic weights on the MSRP training pairs (same-story sentence pairs,
 * paraphrase or not) and VitaminC claim/evidence pairs and prints them with precision and recall at a few thresholds. Run by hand:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) io.triangulate.alignment.FitPairScore ../shared/bench}.
 * Not a test: it reads the bench data, which never ships with the product.
 */
public final class FitPairScore {

    public static void main(String[] args) throws IOException {
        Path bench = Path.of(args.length > 0 ? args[0] : "../shared/bench");
        List<String[]> rows = new ArrayList<>(Files.readAllLines(bench.resolve("msrp/msr_paraphrase_train.txt"),
                StandardCharsets.UTF_8).stream().skip(1).map(l -> l.split("\t")).filter(r -> r.length >= 5).toList());
        rows.addAll(claimEvidencePairs(bench.resolve("vitaminc_real/vitaminc_real_test_sample.jsonl")));
        if (Boolean.getBoolean("fit.ecb")) {
            rows.addAll(ecbPairs(bench, 1));
        }
        ClaimAnnotator annotator = new ClaimAnnotator();
        BgeSmallEmbedder embedder = new BgeSmallEmbedder();
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int start = 0; start < rows.size(); start += 64) {
            List<String[]> batch = rows.subList(start, Math.min(rows.size(), start + 64));
            List<String> texts = new ArrayList<>();
            batch.forEach(r -> { texts.add(r[3]); texts.add(r[4]); });
            List<float[]> vectors = embedder.embed(texts);
            for (int i = 0; i < batch.size(); i++) {
                ClaimFeatures a = features(annotator, texts.get(2 * i), vectors.get(2 * i), 1);
                ClaimFeatures b = features(annotator, texts.get(2 * i + 1), vectors.get(2 * i + 1), 2);
                List<ClaimFeatures> pair = NameWords.collapse(List.of(a, b), VOCABULARY.size());
                x.add(PairScore.features(pair.get(0), pair.get(1)));
                y.add(batch.get(i)[0].strip().equals("1") ? 1 : 0);
            }
        }
        double[] w = fit(x, y);
        System.out.printf(Locale.ROOT, "weights: bias=%.2f cosine=%.2f lemmas=%.2f containment=%.2f entities=%.2f "
                + "numbers=%.2f%n", w[0], w[1], w[2], w[3], w[4], w[5]);
        for (double t = 0.3; t <= 0.8; t += 0.1) {
            report(x, y, w, t);
        }
    }

    private static final Map<String, Integer> VOCABULARY = new HashMap<>();

    /**
     * Claim vs evidence pairs: a claim and its own evidence state one fact (1, whether the evidence
     * supports or refutes it); a claim and the evidence of another case of the same page do not (0).
     * They teach the score that a short claim can match the longer sentence that holds it.
     */
    static List<String[]> claimEvidencePairs(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode row = json.readTree(line);
            if (!row.get("label").asText().equals("NOT ENOUGH INFO")) {
                rows.add(row);
            }
        }
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            pairs.add(new String[] {"1", "", "", row.get("claim").asText(), row.get("evidence").asText()});
            for (JsonNode other : rows) {
                if (other.get("page").equals(row.get("page")) && !other.get("case_id").equals(row.get("case_id"))) {
                    pairs.add(new String[] {"0", "", "", row.get("claim").asText(), other.get("evidence").asText()});
                    break;
                }
            }
        }
        return pairs;
    }

    /**
     * Sentence pairs of different reports on one ECB+ event, from the topics of one parity (odd: 1,
     * the even ones stay unseen for the benchmark): 1 when they share an event instance.
     */
    static List<String[]> ecbPairs(Path bench, int parity) {
        List<String[]> pairs = new ArrayList<>();
        for (Map<String, List<io.triangulate.bench.EcbEvents.Sentence>> cluster
                : io.triangulate.bench.EcbEvents.clusters(bench).values()) {
            List<io.triangulate.bench.EcbEvents.Sentence> all = cluster.values().stream().flatMap(List::stream).toList();
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    var a = all.get(i);
                    var b = all.get(j);
                    if (a.topic() % 2 == parity && !a.doc().equals(b.doc())) {
                        pairs.add(new String[] {io.triangulate.bench.EcbEvents.sameFact(a, b) ? "1" : "0", "", "",
                            a.text(), b.text()});
                    }
                }
            }
        }
        return pairs;
    }

    static ClaimFeatures features(ClaimAnnotator annotator, String text, float[] vector, long report) {
        ClaimAnnotations annotations = annotator.annotate(text, null);
        return ClaimFeatures.of(new ClaimInput(report, report, 0, text, annotations, vector), VOCABULARY);
    }

    /**
     * Weights held at 0, by index (0 bias, 1 cosine, 2 lemmas, 3 containment, 4 entities, 5 numbers),
     * from {@code -Dfit.zero=4,...}; for trying a feature out without letting the fit give it a
     * weight that only reflects how the training pairs were sampled.
     */
    private static final java.util.Set<Integer> FIXED_AT_ZERO = java.util.Arrays
            .stream(System.getProperty("fit.zero", "").split(",")).filter(s -> !s.isBlank())
            .map(s -> Integer.valueOf(s.strip())).collect(java.util.stream.Collectors.toSet());

    /** Plain batch gradient descent on the log loss; the data is small and the features few. */
    static double[] fit(List<double[]> x, List<Integer> y) {
        double[] w = new double[6];
        for (int epoch = 0; epoch < 4000; epoch++) {
            double[] grad = new double[6];
            for (int i = 0; i < x.size(); i++) {
                double err = predict(w, x.get(i)) - y.get(i);
                grad[0] += err;
                for (int k = 0; k < 5; k++) {
                    grad[k + 1] += err * x.get(i)[k];
                }
            }
            for (int k = 0; k < 6; k++) {
                if (FIXED_AT_ZERO.contains(k)) {
                    continue;
                }
                w[k] -= 2.0 * grad[k] / x.size();
            }
        }
        return w;
    }

    static double predict(double[] w, double[] f) {
        double z = w[0] + w[1] * f[0] + w[2] * f[1] + w[3] * f[2] + w[4] * f[3] + w[5] * f[4];
        return 1 / (1 + Math.exp(-z));
    }

    static void report(List<double[]> x, List<Integer> y, double[] w, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < x.size(); i++) {
            boolean predicted = predict(w, x.get(i)) >= threshold;
            tp += predicted && y.get(i) == 1 ? 1 : 0;
            fp += predicted && y.get(i) == 0 ? 1 : 0;
            fn += !predicted && y.get(i) == 1 ? 1 : 0;
        }
        double p = tp / (double) (tp + fp);
        double r = tp / (double) (tp + fn);
        System.out.printf(Locale.ROOT, "threshold %.1f: precision %.3f recall %.3f F1 %.3f%n", threshold, p, r,
                2 * p * r / (p + r));
    }
}
