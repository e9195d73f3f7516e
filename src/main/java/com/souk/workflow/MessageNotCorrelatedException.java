package com.souk.workflow;

import com.souk.common.ConflictException;

/** No process instance waits for this message, so the action does not fit the order's state. */
public class MessageNotCorrelatedException extends ConflictException {

    public MessageNotCorrelatedException(String message) {
        super(message);
    }
}
