package io.triangulate.web.api;

import io.triangulate.review.ReviewException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.util.function.Supplier;
import org.hibernate.exception.LockAcquisitionException;

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
            if (isConflict(e)) {
                throw new ReviewException(409, "STALE_VERSION",
                        "Someone changed this fact at the same moment; reload it and decide again. Nothing was changed.");
            }
            throw e;
        }
    }

    private static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LockTimeoutException || t instanceof PessimisticLockException
                    || t instanceof OptimisticLockException || t instanceof LockAcquisitionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || "HYT00".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
