package com.souk.protection;

/** Why the buyer disputes the order. */
public enum DisputeReason {
    NOT_RECEIVED, NOT_AS_DESCRIBED
}
