package com.souk.rules.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.support.Api;
import com.souk.support.SoukIntegrationTest;
import com.souk.support.Uploads;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * Every endpoint of the rules workbench for every role: analysts work, admins read (and retry stuck orders), buyers,
 * sellers and agents are refused, and nobody gets in without signing in. Requests that are let through are made
 * harmless (an unknown key or order, a file that fails validation) so the test changes no rule.
 */
@SoukIntegrationTest
class RulesAccessIntegrationTest {

    static final List<String> OUTSIDERS = List.of("alice", "sam", "ada");

    @Autowired
    Api api;

    @Autowired
    Uploads uploads;

    /** A request, and whether admins may make it. */
    record Call(HttpMethod method, String path, Object body, String multipartFile, boolean adminMay) {
    }

    static final List<Call> CALLS = List.of(
            new Call(HttpMethod.GET, "/api/rules", null, null, true),
            new Call(HttpMethod.GET, "/api/rules/commission/versions", null, null, true),
            new Call(HttpMethod.GET, "/api/rules/audit", null, null, true),
            new Call(HttpMethod.GET, "/api/operations/stuck-orders", null, null, true),
            new Call(HttpMethod.POST, "/api/operations/stuck-orders/999999999/retry", null, null, true),
            new Call(HttpMethod.POST, "/api/rules/no-such-model/rollback", Map.of("toVersion", 1), null, false),
            new Call(HttpMethod.POST, "/api/rules", null, "/api/rules", false),
            new Call(HttpMethod.POST, "/api/rules/validation", null, "/api/rules/validation", false),
            new Call(HttpMethod.POST, "/api/rules/simulations", null, "/api/rules/simulations", false));

    @Test
    void analystsMayUseEveryEndpoint() {
        for (Call call : CALLS) {
            assertThat(status("nina", call)).as(call.path()).isNotIn(401, 403).isLessThan(500);
        }
    }

    @Test
    void adminsReadAndRetryButChangeNoRule() {
        for (Call call : CALLS) {
            int status = status("admin", call);
            if (call.adminMay()) {
                assertThat(status).as(call.path()).isNotIn(401, 403).isLessThan(500);
            } else {
                assertThat(status).as(call.path()).isEqualTo(403);
            }
        }
    }

    @Test
    void buyersSellersAndAgentsAreRefusedEverywhere() {
        for (String user : OUTSIDERS) {
            for (Call call : CALLS) {
                assertThat(status(user, call)).as(user + " " + call.path()).isEqualTo(403);
            }
        }
    }

    @Test
    void nobodyGetsInWithoutSigningIn() {
        for (Call call : CALLS) {
            assertThat(status(null, call)).as(call.path()).isEqualTo(401);
        }
    }

    private int status(String user, Call call) {
        if (call.multipartFile() != null) {
            if (user == null) {
                return api.call(null, call.method(), call.path(), null, Map.of()).status();
            }
            // Not XML at all: validation refuses it, so nothing is ever deployed or simulated.
            return uploads.post(user, call.multipartFile(), "commission.dmn", "<not-a-model", Map.of("comment", "x"))
                    .status();
        }
        return api.call(user, call.method(), call.path(), call.body(), Map.of()).status();
    }
}
