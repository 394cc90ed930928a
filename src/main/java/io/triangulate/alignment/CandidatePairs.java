package io.triangulate.alignment;

import io.triangulate.claims.embedding.Vectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Which pairs of claims (from different reports) are worth scoring. Small events score every
 * pair. Large ones file each claim under its nearest cells of a vector index (about sqrt(n) cells
 * found by a few rounds of spherical k-means) and under its entity names, and only claims sharing
 * a cell or a name are paired: about n^1.5 pairs instead of n^2.
 */
final class CandidatePairs {

    private static final int KMEANS_ROUNDS = 3;

    private CandidatePairs() {
    }

    /** @return pairs as {i, j} with i < j, indexes into {@code claims} */
    static List<int[]> of(List<ClaimFeatures> claims, AlignmentSettings settings) {
        int n = claims.size();
        if (n <= settings.blockAbove()) {
            List<int[]> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (claims.get(i).reportId() != claims.get(j).reportId()) {
                        all.add(new int[] {i, j});
                    }
                }
            }
            return all;
        }
        Map<Object, List<Integer>> cells = new HashMap<>();
        fileByVector(claims, settings.probes(), cells);
        fileByEntity(claims, cells);
        return pairsWithin(claims, cells.values());
    }

    private static void fileByVector(List<ClaimFeatures> claims, int probes, Map<Object, List<Integer>> cells) {
        float[][] centroids = centroids(claims);
        for (int i = 0; i < claims.size(); i++) {
            float[] v = claims.get(i).claim().embedding();
            int[] nearest = IntStream.range(0, centroids.length).boxed()
                    .sorted(Comparator.comparingDouble(c -> -Vectors.dot(v, centroids[c])))
                    .limit(probes).mapToInt(Integer::intValue).toArray();
            for (int cell : nearest) {
                cells.computeIfAbsent("v" + cell, k -> new ArrayList<>()).add(i);
            }
        }
    }

    /** A name shared by only a few claims is a strong hint they speak of the same thing. */
    private static void fileByEntity(List<ClaimFeatures> claims, Map<Object, List<Integer>> cells) {
        Map<Integer, List<Integer>> byName = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            for (int key : claims.get(i).entities()) {
                byName.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        int cap = (int) Math.ceil(Math.sqrt(claims.size()));
        byName.forEach((key, members) -> {
            if (members.size() <= cap) {
                cells.put("e" + key, members);
            }
        });
    }

    /** Seeds are chosen by text, not by position, so the cells do not depend on import order. */
    private static float[][] centroids(List<ClaimFeatures> claims) {
        int cells = (int) Math.ceil(Math.sqrt(claims.size()));
        List<float[]> ordered = claims.stream()
                .sorted(Comparator.comparingInt((ClaimFeatures c) -> c.claim().text().hashCode())
                        .thenComparing(c -> c.claim().text()))
                .map(c -> c.claim().embedding()).toList();
        float[][] centroids = new float[cells][];
        for (int c = 0; c < cells; c++) {
            centroids[c] = ordered.get(c * ordered.size() / cells);
        }
        for (int round = 0; round < KMEANS_ROUNDS; round++) {
            centroids = SphericalKMeans.step(ordered, centroids);
        }
        return centroids;
    }

    private static List<int[]> pairsWithin(List<ClaimFeatures> claims, Iterable<List<Integer>> cells) {
        Set<Long> seen = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        long n = claims.size();
        for (List<Integer> members : cells) {
            for (int a = 0; a < members.size(); a++) {
                for (int b = a + 1; b < members.size(); b++) {
                    int i = Math.min(members.get(a), members.get(b));
                    int j = Math.max(members.get(a), members.get(b));
                    if (claims.get(i).reportId() != claims.get(j).reportId() && seen.add(i * n + j)) {
                        pairs.add(new int[] {i, j});
                    }
                }
            }
        }
        return pairs;
    }
}
