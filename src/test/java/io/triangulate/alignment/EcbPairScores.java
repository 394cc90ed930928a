package io.triangulate.alignment;

import io.triangulate.bench.EcbEvents;
import io.triangulate.claims.annotation.ClaimAnnotator;
import io.triangulate.claims.embedding.BgeSmallEmbedder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Diagnostic, run by hand: the pair score of every cross-report pair of ECB+ annotated sentences
 * of one event, as a histogram by gold label (shared event instance or not), and a sample of gold
 * pairs under the threshold. {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * io.triangulate.alignment.EcbPairScores ../shared/bench}
 */
public final class EcbPairScores {

    public static void main(String[] args) {
        Path bench = Path.of(args.length > 0 ? args[0] : "../shared/bench");
        ClaimAnnotator annotator = new ClaimAnnotator();
        BgeSmallEmbedder embedder = new BgeSmallEmbedder();
        PairScore score = new PairScore(AlignmentSettings.defaults().weights());
        int[][] histogram = new int[2][10];
        List<String> lowGold = new ArrayList<>();
        for (Map<String, List<EcbEvents.Sentence>> cluster : EcbEvents.clusters(bench).values()) {
            List<EcbEvents.Sentence> all = cluster.values().stream().flatMap(List::stream).toList();
            List<float[]> vectors = embedder.embed(all.stream().map(EcbEvents.Sentence::text).toList());
            List<ClaimFeatures> features = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                features.add(FitPairScore.features(annotator, all.get(i).text(), vectors.get(i), i));
            }
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    if (all.get(i).doc().equals(all.get(j).doc())) {
                        continue;
                    }
                    boolean gold = EcbEvents.sameFact(all.get(i), all.get(j));
                    double s = score.score(features.get(i), features.get(j));
                    histogram[gold ? 1 : 0][Math.min(9, (int) (s * 10))]++;
                    if (gold && s < 0.4) {
                        lowGold.add(String.format(Locale.ROOT, "%.2f | %s | %s", s, all.get(i).text(), all.get(j).text()));
                    }
                }
            }
        }
        for (int label = 0; label < 2; label++) {
            StringBuilder line = new StringBuilder(label == 1 ? "same fact:  " : "different:  ");
            for (int b = 0; b < 10; b++) {
                line.append(String.format(Locale.ROOT, "%6d", histogram[label][b]));
            }
            System.out.println(line);
        }
        java.util.Collections.shuffle(lowGold, new Random(1));
        lowGold.stream().limit(25).forEach(System.out::println);
    }
}
