package com.souk.workflow;

import com.souk.common.BusinessRuleException;

/** A model the engine cannot run; the message names the file and the element (422). */
public class ModelRejectedException extends BusinessRuleException {

    public ModelRejectedException(String message) {
        super(message);
    }
}
