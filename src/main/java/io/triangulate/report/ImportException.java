package io.triangulate.report;

/**
 * An import that cannot go on. The message is shown to the person who tried it, so it is a whole
 * sentence that says what to do, not a stack trace.
 */
public class ImportException extends RuntimeException {

    private final ImportError error;

    public ImportException(ImportError error, String message) {
        super(message);
        this.error = error;
    }

    public ImportException(ImportError error, String message, Throwable cause) {
        super(message, cause);
        this.error = error;
    }

    public ImportError error() {
        return error;
    }
}
