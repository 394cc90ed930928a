package io.triangulate.alignment;

import io.triangulate.claims.RuleBasedClaimExtractor;
import io.triangulate.claims.embedding.BgeSmallEmbedder;
import io.triangulate.report.parsing.TextNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Diagnostic, run by hand: every pair of claims of two report files with its pair-score features
 * and score, strongest first, so a change of the score can be looked at pair by pair. Optional
 * third argument: a gold file of {@code <fact>TAB<fragment>} lines to mark the pairs that share a fact.
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) io.triangulate.alignment.SeedPairScores a.txt b.txt [gold.tsv]}
 */
public final class SeedPairScores {

    public static void main(String[] args) throws IOException {
        TextComparison comparison = new TextComparison(new TextNormalizer(), new RuleBasedClaimExtractor(),
                new BgeSmallEmbedder(), null);
        List<ClaimInput> claims = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            String text = Files.readString(Path.of(args[r]), StandardCharsets.UTF_8);
            claims.addAll(comparison.claimsOf(r + 1, claims.size() + 1, text, null).claims());
        }
        Map<String, String> gold = new HashMap<>();
        if (args.length > 2) {
            for (String line : Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t", 2);
                if (!line.startsWith("#") && cells.length == 2) {
                    gold.put(cells[1].strip(), cells[0].strip());
                }
            }
        }
        Map<String, Integer> vocabulary = new HashMap<>();
        List<ClaimFeatures> features = NameWords.collapse(claims.stream().map(c -> ClaimFeatures.of(c, vocabulary)).toList(),
                vocabulary.size());
        LemmaWeights lemmaWeights = LemmaWeights.of(features, vocabulary.size(),
                AlignmentSettings.defaults().backgroundClaims());
        PairScore score = new PairScore(AlignmentSettings.defaults().weights(), lemmaWeights);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            for (int j = i + 1; j < features.size(); j++) {
                ClaimFeatures a = features.get(i);
                ClaimFeatures b = features.get(j);
                String fa = factOf(gold, a.claim().text());
                String fb = factOf(gold, b.claim().text());
                boolean same = fa != null && !fa.equals("-") && fa.equals(fb);
                String mark = (a.reportId() == b.reportId() ? "SAME " : "CROSS") + (same ? " GOLD " : "      ");
                lines.add(String.format(Locale.ROOT, "%.3f %s %s | %s | %s", score.score(a, b), mark,
                        Arrays.toString(Arrays.stream(PairScore.features(a, b, lemmaWeights))
                                .mapToObj(f -> String.format(Locale.ROOT, "%.2f", f)).toArray()),
                        clip(a.claim().text()), clip(b.claim().text())));
            }
        }
        lines.sort((x, y) -> y.compareTo(x));
        System.out.printf(Locale.ROOT, "cross-report pairs: gold ranked above other by cosine %.3f, by score %.3f (AUC)%n",
                auc(features, gold, true, score), auc(features, gold, false, score));
        lines.stream().filter(l -> l.contains("GOLD") || Double.parseDouble(l.substring(0, 5)) >= Double.parseDouble(System.getProperty("show", "0.4")))
                .forEach(System.out::println);
    }

    // Share of (gold, other) cross-report pairs where the gold pair has the higher cosine or score.
    private static double auc(List<ClaimFeatures> features, Map<String, String> gold,
            boolean cosine, PairScore score) {
        List<Double> same = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            for (int j = i + 1; j < features.size(); j++) {
                ClaimFeatures a = features.get(i);
                ClaimFeatures b = features.get(j);
                if (a.reportId() == b.reportId()) {
                    continue;
                }
                String fa = factOf(gold, a.claim().text());
                boolean g = fa != null && !fa.equals("-") && fa.equals(factOf(gold, b.claim().text()));
                (g ? same : other).add(cosine ? PairScore.features(a, b)[0] : score.score(a, b));
            }
        }
        double wins = 0;
        for (double x : same) {
            for (double y : other) {
                wins += x > y ? 1 : x == y ? 0.5 : 0;
            }
        }
        return same.isEmpty() ? Double.NaN : wins / same.size() / other.size();
    }

    private static String factOf(Map<String, String> gold, String text) {
        return gold.entrySet().stream().filter(e -> text.contains(e.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }

    private static String clip(String text) {
        return text.length() > 70 ? text.substring(0, 70) : text;
    }
}
