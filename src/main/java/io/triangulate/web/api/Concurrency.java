package io.triangulate.web.api;

import io.triangulate.review.ReviewException;
import io.triangulate.web.support.ConflictCheck;
import java.util.function.Supplier;

/**
 * Writers of one fact queue on its row lock; one that waits too long, or that the database refuses
 * as a concurrent update, gets the same 409 as a stale version: nothing was changed, try again.
 */
final class Concurrency {

    private Concurrency() {
    }

    static <T> T guard(Supplier<T> change) {
        try {
            return change.get();
        } catch (RuntimeException e) {
            if (ConflictCheck.isConflict(e)) {
                throw new ReviewException(409, "STALE_VERSION",
                        "Someone changed this fact at the same moment; reload it and decide again. Nothing was changed.");
            }
            throw e;
        }
    }
}
