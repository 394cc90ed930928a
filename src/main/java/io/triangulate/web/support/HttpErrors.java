package io.triangulate.web.support;

/** Codes and sentences for the HTTP errors the framework raises before our code runs. */
final class HttpErrors {

    private HttpErrors() {
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "INVALID_REQUEST";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "HTTP_" + status;
        };
    }

    static String message(int status) {
        return switch (status) {
            case 400 -> "The request could not be understood: check its parameters.";
            case 401 -> "Sign in first: this needs an account.";
            case 403 -> "Your account's role does not allow this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the format asked for.";
            case 413 -> "The request is too large.";
            case 415 -> "This address does not accept that content type: send JSON or a multipart form.";
            default -> status >= 500 ? "Something went wrong on our side; the error was logged."
                    : "The request was refused (HTTP " + status + ").";
        };
    }
}
