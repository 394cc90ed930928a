package io.triangulate.alignment;

/** Counting what two sorted arrays without repeats have in common, by one merge pass. */
final class SortedArrays {

    private SortedArrays() {
    }

    static int common(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
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
