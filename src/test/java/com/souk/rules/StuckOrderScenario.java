package com.souk.rules;

import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.Uploads;
import com.souk.workflow.EngineClock;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Steps the stuck-order tests share: a commission table that passes every check yet fails on real orders (FEEL
 * answers null for a text plus a number, so the payment step has no commission to hold with), its fix, and waiting
 * for an order to show up as stuck.
 */
public class StuckOrderScenario {

    @Autowired
    Api api;

    @Autowired
    Uploads uploads;

    @Autowired
    EngineClock clock;

    public void deployFailingElectronicsCommission() {
        uploads.deployed("commission", "commission.dmn",
                Uploads.bundled("commission.dmn").replace("<text>500</text>", "<text>category + 1</text>"),
                "electronics by formula");
    }

    public void deployTheFix() {
        uploads.deployed("commission", "commission.dmn", Uploads.bundled("commission.dmn"),
                "fix: electronics at 500 basis points again");
    }

    /** Waits until the order is listed as stuck and answers its entry. */
    public JsonNode awaitStuck(long orderId) {
        Eventually.until(() -> entry(orderId).isPresent(), equalTo(true));
        return entry(orderId).orElseThrow();
    }

    /** The order's entry in the stuck list; each look moves the engine clock past the next retry of a failed job. */
    public Optional<JsonNode> entry(long orderId) {
        clock.advance(Duration.ofSeconds(6));
        JsonNode list = api.get("nina", "/api/operations/stuck-orders").body();
        return StreamSupport.stream(list.spliterator(), false)
                .filter(e -> e.get("orderId").asText().equals(String.valueOf(orderId))).findFirst();
    }
}
