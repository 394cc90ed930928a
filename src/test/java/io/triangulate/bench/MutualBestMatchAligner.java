package io.triangulate.bench;

import io.triangulate.alignment.AlignedGroup;
import io.triangulate.alignment.Aligner;
import io.triangulate.alignment.ClaimInput;
import io.triangulate.alignment.ReportClaims;
import io.triangulate.claims.embedding.Vectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stand-in until the real aligner is merged: for every pair of reports, two claims are joined
 * when each is the other's most similar claim in the other report and their cosine reaches the
 * threshold; groups are the connected components. Order of the reports does not matter.
 */
final class MutualBestMatchAligner implements Aligner {

    static final double THRESHOLD = 0.75;

    private final double threshold;

    MutualBestMatchAligner(double threshold) {
        this.threshold = threshold;
    }

    @Override
    public List<AlignedGroup> align(List<ReportClaims> reports) {
        List<ReportClaims> sorted = reports.stream().sorted(Comparator.comparingLong(ReportClaims::reportId)).toList();
        List<ClaimInput> all = new ArrayList<>();
        sorted.forEach(r -> all.addAll(r.claims()));
        Map<Long, Integer> position = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            position.put(all.get(i).id(), i);
        }
        int[] parent = new int[all.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        double[] scoreSum = new double[all.size()];
        int[] scoreCount = new int[all.size()];
        List<double[]> joins = new ArrayList<>();
        for (int a = 0; a < sorted.size(); a++) {
            for (int b = a + 1; b < sorted.size(); b++) {
                List<ClaimInput> left = sorted.get(a).claims();
                List<ClaimInput> right = sorted.get(b).claims();
                if (left.isEmpty() || right.isEmpty()) {
                    continue;
                }
                double[][] sim = new double[left.size()][right.size()];
                int[] bestOfLeft = new int[left.size()];
                int[] bestOfRight = new int[right.size()];
                java.util.Arrays.fill(bestOfRight, -1);
                for (int i = 0; i < left.size(); i++) {
                    for (int j = 0; j < right.size(); j++) {
                        sim[i][j] = Vectors.dot(left.get(i).embedding(), right.get(j).embedding());
                        if (sim[i][j] > sim[i][bestOfLeft[i]]) {
                            bestOfLeft[i] = j;
                        }
                    }
                }
                for (int j = 0; j < right.size(); j++) {
                    for (int i = 0; i < left.size(); i++) {
                        if (bestOfRight[j] < 0 || sim[i][j] > sim[bestOfRight[j]][j]) {
                            bestOfRight[j] = i;
                        }
                    }
                }
                for (int i = 0; i < left.size(); i++) {
                    int j = bestOfLeft[i];
                    if (bestOfRight[j] == i && sim[i][j] >= threshold) {
                        int x = position.get(left.get(i).id());
                        int y = position.get(right.get(j).id());
                        joins.add(new double[] {x, y, sim[i][j]});
                        union(parent, x, y);
                    }
                }
            }
        }
        for (double[] join : joins) {
            int root = find(parent, (int) join[0]);
            scoreSum[root] += join[2];
            scoreCount[root]++;
        }
        Map<Integer, List<ClaimInput>> groups = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(all.get(i));
        }
        List<AlignedGroup> out = new ArrayList<>(groups.size());
        groups.forEach((root, claims) -> out.add(new AlignedGroup(List.copyOf(claims),
                scoreCount[root] == 0 ? 1.0 : scoreSum[root] / scoreCount[root])));
        return out;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int x, int y) {
        int rx = find(parent, x);
        int ry = find(parent, y);
        if (rx != ry) {
            parent[Math.max(rx, ry)] = Math.min(rx, ry);
        }
    }
}
