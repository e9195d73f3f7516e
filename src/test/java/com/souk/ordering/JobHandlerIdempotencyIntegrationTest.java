package com.souk.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.souk.catalog.Product;
import com.souk.payment.Ledger;
import com.souk.payment.Posting;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.Fixtures;
import com.souk.support.LedgerInvariants;
import com.souk.support.SoukIntegrationTest;
import com.souk.workflow.EngineClock;
import com.souk.workflow.Job;
import com.souk.workflow.JobHandler;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Jobs run at least once on both engines: running a handler again, as a retried job does, changes nothing. */
@SoukIntegrationTest
class JobHandlerIdempotencyIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Orders orders;

    @Autowired
    OrderTimeline timeline;

    @Autowired
    Ledger ledger;

    @Autowired
    LedgerInvariants invariants;

    @Autowired
    List<JobHandler> handlers;

    @Autowired
    EngineClock clock;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagers;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void replayingEveryStepOfACompletedPurchasePostsNothingTwice() {
        Product kettle = fixtures.product("sam", "home", 5_000, 3);
        long id = placeAndAwait(kettle, Fixtures.GOOD_CARD, OrderStatus.AWAITING_SHIPMENT);
        api.post("sam", "/api/orders/" + id + "/shipment", Map.of("carrier", "DPD", "trackingNumber", "DPD-1"));
        api.post("alice", "/api/orders/" + id + "/receipt", null);
        Eventually.until(() -> orders.byId(id).orElseThrow().status(), equalTo(OrderStatus.COMPLETED));
        // The process ends after completion with the review invitation; snapshot once it has run.
        Eventually.until(() -> timeline.of(id).stream().anyMatch(e -> e.event().equals("REVIEW_INVITED")),
                equalTo(true));
        List<Posting> before = ledger.postingsFor(id);
        int timelineBefore = timeline.of(id).size();

        for (int attempt = 0; attempt < 2; attempt++) {
            run("reserve-stock", id, Map.of());
            run("hold-payment", id, Map.of());
            run("release-payment", id, Map.of());
            run("update-order", id, Map.of("status", "COMPLETED", "event", "COMPLETED"));
            run("invite-review", id, Map.of());
        }

        assertThat(ledger.postingsFor(id)).isEqualTo(before);
        assertThat(fixtures.stockOf(kettle.id())).isEqualTo(2);
        assertThat(orders.byId(id).orElseThrow().status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(timeline.of(id)).hasSize(timelineBefore);
        invariants.assertSettled(id);
    }

    @Test
    void replayingTheRefundAndRestockOfACancelledOrderChangesNothing() {
        Product vase = fixtures.product("sara", "home", 3_450, 2);
        long id = placeAndAwait(vase, Fixtures.GOOD_CARD, OrderStatus.AWAITING_SHIPMENT);
        clock.advance(Duration.ofDays(6));
        Eventually.until(() -> orders.byId(id).orElseThrow().status(), equalTo(OrderStatus.CANCELLED));
        List<Posting> before = ledger.postingsFor(id);

        for (int attempt = 0; attempt < 2; attempt++) {
            run("refund-payment", id, Map.of());
            run("release-stock", id, Map.of());
        }

        assertThat(ledger.postingsFor(id)).isEqualTo(before);
        assertThat(fixtures.stockOf(vase.id())).isEqualTo(2);
        assertThat(invariants.assertSettled(id).refunded()).isEqualTo(3_450);
    }

    @Test
    void replayingTheStockReleaseOfADeclinedOrderDoesNotAddStockTwice() {
        Product pot = fixtures.product("sara", "home", 9_900, 4);
        long id = placeAndAwait(pot, Fixtures.DECLINED_CARD, OrderStatus.PAYMENT_DECLINED);

        run("release-stock", id, Map.of());
        run("release-stock", id, Map.of());
        run("update-order", id, Map.of("status", "PAYMENT_DECLINED", "event", "PAYMENT_DECLINED"));

        assertThat(fixtures.stockOf(pot.id())).isEqualTo(4);
        assertThat(ledger.postingsFor(id)).isEmpty();
        assertThat(timeline.of(id).stream().filter(e -> e.event().equals("PAYMENT_DECLINED"))).hasSize(1);
    }

    @Test
    void aStepRunAgainFindsItsEntryWithoutReadingTheTimeline() {
        Product jug = fixtures.product("sam", "home", 2_200, 3);
        long id = placeAndAwait(jug, Fixtures.GOOD_CARD, OrderStatus.AWAITING_SHIPMENT);
        int entriesBefore = timeline.of(id).size();
        java.time.Instant now = java.time.Instant.now();

        boolean timelineRead = transaction.execute(tx -> {
            Order order = orders.byId(id).orElseThrow();
            order.recordOnce(OrderEvent.PAYMENT_HELD, "held again", now);
            order.recordOnce(OrderEvent.REVIEW_INVITED, "first time", now);
            order.recordOnce(OrderEvent.REVIEW_INVITED, "twice in one transaction", now);
            assertThat(order.hasRecorded(OrderEvent.STOCK_RESERVED)).isTrue();
            assertThat(order.hasRecorded(OrderEvent.SHIPPED)).isFalse();
            return entityManagers.getPersistenceUnitUtil().isLoaded(order, "timeline");
        });

        assertThat(timelineRead).as("timeline loaded by recordOnce").isFalse();
        List<OrderTimeline.Entry> after = timeline.of(id);
        assertThat(after).hasSize(entriesBefore + 1);
        assertThat(after.stream().filter(e -> e.event().equals("PAYMENT_HELD"))).hasSize(1);
        assertThat(after.get(after.size() - 1).detail()).isEqualTo("first time");
    }

    private long placeAndAwait(Product product, String card, OrderStatus status) {
        Api.Reply reply = api.post("alice", "/api/orders", Fixtures.checkout(product.id(), 1, card));
        assertThat(reply.status()).isEqualTo(201);
        long id = reply.body().get("id").asLong();
        Eventually.until(() -> orders.byId(id).orElseThrow().status(), equalTo(status));
        return id;
    }

    private void run(String type, long orderId, Map<String, String> headers) {
        Order order = orders.byId(orderId).orElseThrow();
        Map<String, Object> variables = new HashMap<>();
        variables.put(PurchaseProcess.VAR_ORDER_ID, String.valueOf(orderId));
        variables.put(PurchaseProcess.VAR_SHIP_BY, order.shipByPeriod() == null ? "P5D" : order.shipByPeriod());
        variables.put(PurchaseProcess.VAR_PROTECTION_PERIOD,
                order.protectionPeriod() == null ? "P15D" : order.protectionPeriod());
        variables.put(PurchaseProcess.VAR_REVIEW_WINDOW, "P30D");
        variables.put(PurchaseProcess.VAR_COMMISSION_BPS, order.commissionBps() == null ? 800L : (long) order.commissionBps());
        JobHandler handler = handlers.stream().filter(h -> h.type().equals(type)).findFirst().orElseThrow();
        try {
            handler.handle(new Job(type, "replay", variables, headers));
        } catch (com.souk.workflow.JobError expectedForDeclinedCards) {
            assertThat(expectedForDeclinedCards.code()).isEqualTo(PurchaseProcess.ERROR_PAYMENT_DECLINED);
        }
    }
}
