package io.triangulate.account;

/** Why a change to the accounts was refused, with the HTTP status and code the contract gives it. */
public enum AccountError {
    INVALID_USER(400),
    NOT_FOUND(404),
    DUPLICATE_USER(409),
    LAST_ADMIN(409);

    private final int status;

    AccountError(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
