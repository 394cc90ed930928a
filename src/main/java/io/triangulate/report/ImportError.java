package io.triangulate.report;

/**
 * Why an import was refused, with the HTTP status and error code the contract gives it.
 */
public enum ImportError {
    INVALID_REPORT(400),
    NOT_FOUND(404),
    DUPLICATE_REPORT(409),
    TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    UNREADABLE_DOCUMENT(422),
    FETCH_FAILED(502);

    private final int status;

    ImportError(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
