package io.triangulate.web.support;

/** A refusal of the JSON API other than an import's: the status, the contract's code, a sentence for a person. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "NOT_FOUND", "There is no " + what + ": it may have been deleted.");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
