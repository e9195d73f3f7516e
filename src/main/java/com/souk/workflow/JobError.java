package com.souk.workflow;

/** A business outcome that the model catches with an error boundary event of the same error code. */
public class JobError extends RuntimeException {

    private final String code;

    public JobError(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
