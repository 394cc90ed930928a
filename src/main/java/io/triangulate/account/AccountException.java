package io.triangulate.account;

/** A refused change to the accounts; the message is a sentence for the person who tried it. */
public class AccountException extends RuntimeException {

    private final AccountError error;

    public AccountException(AccountError error, String message) {
        super(message);
        this.error = error;
    }

    public AccountError error() {
        return error;
    }
}
