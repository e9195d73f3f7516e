package com.souk.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.common.AdjustableClock;
import com.souk.support.Api;
import com.souk.support.SoukIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** POST /api/admin/clock refuses everyone but admins and anything but a forward ISO-8601 duration. */
@SoukIntegrationTest
class ClockApiIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    AdjustableClock clock;

    private java.time.Duration offsetBefore;

    @BeforeEach
    void rememberOffset() {
        offsetBefore = clock.offset();
    }

    @Test
    void buyerMayNotMoveTheClock() {
        Api.Reply reply = api.post("alice", "/api/admin/clock", Map.of("advance", "P15D"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("status").asInt()).isEqualTo(403);
        assertThat(reply.body().get("title").asText()).isEqualTo("Forbidden");
        assertThat(clock.offset()).isEqualTo(offsetBefore);
    }

    @Test
    void anonymousCallerMustSignInToMoveTheClock() {
        Api.Reply reply = api.post(null, "/api/admin/clock", Map.of("advance", "P15D"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body().get("status").asInt()).isEqualTo(401);
        assertThat(clock.offset()).isEqualTo(offsetBefore);
    }

    @Test
    void adminGets400ForSomethingThatIsNotADuration() {
        Api.Reply reply = api.post("admin", "/api/admin/clock", Map.of("advance", "yesterday"));

        assertInvalidAdvance(reply);
    }

    @Test
    void adminGets400ForANegativeDuration() {
        assertInvalidAdvance(api.post("admin", "/api/admin/clock", Map.of("advance", "-P1D")));
        assertInvalidAdvance(api.post("admin", "/api/admin/clock", Map.of("advance", "PT-5H")));
    }

    @Test
    void adminGets400ForMonthsOrYearsWhichHaveNoFixedLength() {
        assertInvalidAdvance(api.post("admin", "/api/admin/clock", Map.of("advance", "P1M")));
    }

    @Test
    void adminGets400ForABlankAdvance() {
        assertInvalidAdvance(api.post("admin", "/api/admin/clock", Map.of("advance", " ")));
    }

    private void assertInvalidAdvance(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("status").asInt()).isEqualTo(400);
        assertThat(reply.body().get("title").asText()).isEqualTo("Invalid input");
        assertThat(reply.body().get("errors").findValuesAsText("field")).containsExactly("advance");
        assertThat(clock.offset()).as("the clock did not move").isEqualTo(offsetBefore);
    }
}
