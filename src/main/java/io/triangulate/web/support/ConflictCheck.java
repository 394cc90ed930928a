package io.triangulate.web.support;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import org.hibernate.exception.LockAcquisitionException;

/** Recognises a failure that only means two writers met on one row: a lock wait or a refused concurrent update. */
public final class ConflictCheck {

    private ConflictCheck() {
    }

    public static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LockTimeoutException || t instanceof PessimisticLockException
                    || t instanceof OptimisticLockException || t instanceof LockAcquisitionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || "HYT00".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
