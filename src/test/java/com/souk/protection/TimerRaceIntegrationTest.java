package com.souk.protection;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.ordering.OrderStatus;
import com.souk.ordering.Orders;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.LedgerInvariants;
import com.souk.support.LedgerInvariants.OrderMoney;
import com.souk.support.SoukIntegrationTest;
import com.souk.workflow.EngineClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A buyer acting at the very moment the auto-confirm timer fires: whatever wins, the money moves once.
 * Several orders race at once to give the two sides many chances to collide.
 */
@SoukIntegrationTest
class TimerRaceIntegrationTest {

    private static final int ORDERS = 6;

    @Autowired
    DisputeScenario scenario;

    @Autowired
    Api api;

    @Autowired
    Orders orders;

    @Autowired
    LedgerInvariants ledger;

    @Autowired
    EngineClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void confirmingReceiptWhileTheTimerFiresReleasesOnce() throws Exception {
        List<Shipped> shipped = shipMany();
        List<CompletableFuture<Integer>> confirmations = race(shipped,
                order -> api.post(order.buyer(), "/api/orders/" + order.orderId() + "/receipt", null).status());

        for (int i = 0; i < ORDERS; i++) {
            Shipped order = shipped.get(i);
            assertThat(confirmations.get(i).get()).isIn(202, 409);
            scenario.awaitStatus(order.orderId(), OrderStatus.COMPLETED);
            OrderMoney money = ledger.assertSettled(order.orderId());
            assertThat(money.released() + money.commission()).isEqualTo(order.total());
            List<String> events = api.get(order.buyer(), "/api/orders/" + order.orderId()).body().at("/timeline")
                    .findValuesAsText("event");
            assertThat(events.contains("DELIVERY_CONFIRMED") ^ events.contains("AUTO_CONFIRMED"))
                    .as("exactly one confirmation won: %s", events).isTrue();
        }
    }

    @Test
    void openingADisputeWhileTheTimerFiresEitherDisputesOrReleasesNeverBoth() throws Exception {
        List<Shipped> shipped = shipMany();
        List<CompletableFuture<Integer>> openings = race(shipped,
                order -> scenario.open(order, "NOT_AS_DESCRIBED", order.total()).status());

        for (int i = 0; i < ORDERS; i++) {
            Shipped order = shipped.get(i);
            int status = openings.get(i).get();
            assertThat(status).isIn(201, 409);
            if (status == 201) {
                long dispute = api.get(order.buyer(), "/api/orders/" + order.orderId()).body().get("disputeId").asLong();
                Eventually.until(() -> scenario.respond(order, dispute, "ACCEPT_REFUND", null).status(),
                        Matchers.equalTo(202));
                scenario.awaitStatus(order.orderId(), OrderStatus.REFUNDED);
                OrderMoney money = ledger.assertSettled(order.orderId());
                assertThat(money.refunded()).isEqualTo(order.total());
                assertThat(money.released() + money.commission()).isZero();
            } else {
                scenario.awaitStatus(order.orderId(), OrderStatus.COMPLETED);
                OrderMoney money = ledger.assertSettled(order.orderId());
                assertThat(money.refunded()).isZero();
                assertThat(money.released() + money.commission()).isEqualTo(order.total());
            }
        }
    }

    private List<Shipped> shipMany() {
        return java.util.stream.IntStream.range(0, ORDERS)
                .mapToObj(i -> scenario.shippedOrder(i % 2 == 0 ? "sam" : "sara", "home", 4_000 + i)).toList();
    }

    /** Starts the buyer's actions and the clock jump together, released by one latch. */
    private List<CompletableFuture<Integer>> race(List<Shipped> shipped,
            java.util.function.Function<Shipped, Integer> buyerAction) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(shipped.size() + 1);
        List<CompletableFuture<Integer>> actions = shipped.stream().map(order -> CompletableFuture.supplyAsync(() -> {
            await(go);
            return buyerAction.apply(order);
        }, threads)).toList();
        CompletableFuture<Void> timer = CompletableFuture.runAsync(() -> {
            await(go);
            clock.advance(Duration.ofDays(16));
        }, threads);
        go.countDown();
        timer.join();
        CompletableFuture.allOf(actions.toArray(CompletableFuture[]::new)).join();
        threads.shutdown();
        return actions;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
