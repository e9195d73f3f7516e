package com.souk.workflow;

import com.souk.common.ConflictException;

/** Someone (or a timer) changed the same process instance at the same moment; the caller may retry. */
public class ConcurrentChangeException extends ConflictException {

    public ConcurrentChangeException(String message) {
        super(message);
    }
}
