package com.souk.common;

/** Unknown, or not visible to the caller: both answer 404 so that nobody learns another user's data exists. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
