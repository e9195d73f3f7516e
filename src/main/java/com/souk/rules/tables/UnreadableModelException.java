package com.souk.rules.tables;

/** A model file that cannot be read as what its name says: not XML, not JSON, or not of the expected kind. */
public class UnreadableModelException extends RuntimeException {

    public UnreadableModelException(String message) {
        super(message);
    }

    public UnreadableModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
