package com.souk.protection;

/** A dispute agent's decision. */
public enum AgentOutcome {
    REFUND_FULL, REFUND_PARTIAL, REJECT
}
