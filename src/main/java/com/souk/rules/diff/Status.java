package com.souk.rules.diff;

/** Whether a part of a model is new in the later version, gone from it, changed, or the same. */
public enum Status {
    ADDED, REMOVED, CHANGED, SAME
}
