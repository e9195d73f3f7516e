package com.souk.workflow;

/** The three kinds of model an analyst deploys. */
public final class ModelKind {

    public static final String PROCESS = "process";
    public static final String DECISION = "decision";
    public static final String FORM = "form";

    private ModelKind() {
    }
}
