package com.souk.common;

import java.util.Map;

/** A business rule refuses a well-formed request (422), e.g. items from two sellers in one order. */
public class BusinessRuleException extends RuntimeException {

    public BusinessRuleException(String message) {
        super(message);
    }

    /** Further members of the problem+json answer, such as a list of problems; none by default. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
