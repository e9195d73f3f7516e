package com.souk.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.hamcrest.Matcher;

/** Waits for the asynchronous process to reach a state: jobs run on the engine's job executor. */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T until(Callable<T> probe, Matcher<? super T> matcher) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(probe, matcher);
    }
}
