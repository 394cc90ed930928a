package io.triangulate.review;

/** A review request refused: the HTTP status, the contract's code, a sentence for a person. */
public class ReviewException extends RuntimeException {

    private final int status;
    private final String code;

    public ReviewException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static ReviewException invalid(String code, String message) {
        return new ReviewException(400, code, message);
    }

    static ReviewException notFound(String what) {
        return new ReviewException(404, "NOT_FOUND", "There is no " + what + ": it may have been deleted.");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
