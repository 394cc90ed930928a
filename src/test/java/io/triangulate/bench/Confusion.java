package io.triangulate.bench;

/** Counts of a binary prediction against gold, with the usual figures. */
final class Confusion {

    long tp;
    long fp;
    long tn;
    long fn;

    void add(boolean gold, boolean predicted) {
        if (gold && predicted) {
            tp++;
        } else if (gold) {
            fn++;
        } else if (predicted) {
            fp++;
        } else {
            tn++;
        }
    }

    void add(Confusion other) {
        tp += other.tp;
        fp += other.fp;
        tn += other.tn;
        fn += other.fn;
    }

    long total() {
        return tp + fp + tn + fn;
    }

    double precision() {
        return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
    }

    double specificity() {
        return tn + fp == 0 ? Double.NaN : (double) tn / (tn + fp);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double accuracy() {
        return total() == 0 ? Double.NaN : (double) (tp + tn) / total();
    }

    double balancedAccuracy() {
        return (recall() + specificity()) / 2;
    }

    @Override
    public String toString() {
        return "tp=" + tp + " fp=" + fp + " tn=" + tn + " fn=" + fn;
    }
}
