package io.triangulate.export;

/** An archive that cannot be restored as it is: malformed JSON, or parts that do not fit together. */
public class InvalidArchiveException extends RuntimeException {

    public InvalidArchiveException(String message) {
        super(message);
    }
}
