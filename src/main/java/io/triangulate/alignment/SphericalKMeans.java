package io.triangulate.alignment;

import io.triangulate.claims.embedding.Vectors;
import java.util.List;

/** One round of k-means on unit vectors: assign each to its most similar centroid, re-average, renormalise. */
final class SphericalKMeans {

    private SphericalKMeans() {
    }

    static float[][] step(List<float[]> vectors, float[][] centroids) {
        int dims = centroids[0].length;
        float[][] sums = new float[centroids.length][dims];
        int[] counts = new int[centroids.length];
        for (float[] v : vectors) {
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < centroids.length; c++) {
                double s = Vectors.dot(v, centroids[c]);
                if (s > bestScore) {
                    bestScore = s;
                    best = c;
                }
            }
            counts[best]++;
            for (int d = 0; d < dims; d++) {
                sums[best][d] += v[d];
            }
        }
        float[][] next = new float[centroids.length][];
        for (int c = 0; c < centroids.length; c++) {
            next[c] = counts[c] == 0 ? centroids[c] : Vectors.normalized(sums[c]);
        }
        return next;
    }
}
