package io.triangulate.alignment;

import java.util.function.IntToDoubleFunction;

/** Counting what two sorted arrays without repeats have in common, by one merge pass. */
final class SortedArrays {

    private SortedArrays() {
    }

    static int common(int[] a, int[] b) {
        return (int) common(a, b, id -> 1);
    }

    /** The summed weight of the ids both arrays hold. */
    static double common(int[] a, int[] b, IntToDoubleFunction weight) {
        int i = 0;
        int j = 0;
        double n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n += weight.applyAsDouble(a[i]);
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    static int common(double[] a, double[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            int order = Double.compare(a[i], b[j]);
            if (order == 0) {
                n++;
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }
}
