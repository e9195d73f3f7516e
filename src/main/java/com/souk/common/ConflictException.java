package com.souk.common;

/** The action does not fit the current state (409), e.g. confirming receipt of an order that has not shipped. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
