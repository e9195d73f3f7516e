package com.souk.workflow;

import java.time.Duration;
import java.time.Instant;

/** The time the engine and Souk agree on; moving it forward makes due timers fire (demos and tests only). */
public interface EngineClock {

    /** Moves time forward and returns the new current time. */
    Instant advance(Duration by);

    /** Back to real time. */
    void reset();
}
