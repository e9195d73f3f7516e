package com.souk.messaging;

import com.souk.common.FieldErrorException;

/** What a message may be: some text, at most {@value #MAX_LENGTH} characters, kept exactly as written. */
final class MessageText {

    static final int MAX_LENGTH = 2000;
    static final int MAX_PAGE_SIZE = 100;

    private MessageText() {
    }

    static String require(String text) {
        if (text == null || text.isBlank()) {
            throw new FieldErrorException("text", "must not be blank");
        }
        if (text.length() > MAX_LENGTH) {
            throw new FieldErrorException("text", "must be at most " + MAX_LENGTH + " characters, not "
                    + text.length());
        }
        return text;
    }

    static void requirePage(int page, int size) {
        if (page < 0) {
            throw new FieldErrorException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new FieldErrorException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
    }
}
