package com.souk.common;

/** A business rule refuses a well-formed request (422), e.g. items from two sellers in one order. */
public class BusinessRuleException extends RuntimeException {

    public BusinessRuleException(String message) {
        super(message);
    }
}
