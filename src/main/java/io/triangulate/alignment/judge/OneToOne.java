package io.triangulate.alignment.judge;

import java.util.Iterator;
import java.util.List;
import java.util.function.BiPredicate;

/** Pairs off the mentions of two claims one with one, as dates and figures are compared. */
final class OneToOne {

    private OneToOne() {
    }

    /** Removes from both lists each item of the left and the first item of the right that matches it. */
    static <T> void pairOff(List<T> left, List<T> right, BiPredicate<T, T> match) {
        for (Iterator<T> it = left.iterator(); it.hasNext();) {
            T x = it.next();
            for (Iterator<T> other = right.iterator(); other.hasNext();) {
                if (match.test(x, other.next())) {
                    other.remove();
                    it.remove();
                    break;
                }
            }
        }
    }
}
