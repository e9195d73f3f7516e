package com.souk.ordering.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.souk.catalog.Product;
import com.souk.identity.Role;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.Orders;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.Fixtures;
import com.souk.support.LedgerInvariants;
import com.souk.support.LedgerInvariants.OrderMoney;
import com.souk.support.SoukIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code POST /api/orders/{id}/cancellation}: the buyer calls off an order that has not shipped; the purchase process
 * refunds it in full and puts the stock back. Once shipped, or for anyone but the buyer, it is refused.
 */
@SoukIntegrationTest
class OrderCancellationIntegrationTest {

    private static final int RACES = 8;

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Orders orders;

    @Autowired
    LedgerInvariants ledger;

    @Test
    void theBuyerCancelsBeforeShipmentAndGetsEverythingBackWithTheStock() {
        Product kettle = fixtures.product("sara", "home", 3_450, 3);
        long id = awaitingShipment("alice", kettle, 2);
        assertThat(fixtures.stockOf(kettle.id())).isEqualTo(1);

        Api.Reply cancelled = api.post("alice", "/api/orders/" + id + "/cancellation", null);

        assertThat(cancelled.status()).as(cancelled.body().toString()).isEqualTo(202);
        assertThat(cancelled.body().get("status").asText()).isEqualTo("CANCELLED");
        Eventually.until(() -> ledger.of(id).refunded(), equalTo(6_900L));
        Eventually.until(() -> fixtures.stockOf(kettle.id()), equalTo(3));
        OrderMoney money = ledger.assertSettled(id);
        assertThat(money.held()).isEqualTo(6_900);
        assertThat(money.released() + money.commission()).as("the seller gets nothing").isZero();
        Eventually.until(() -> orders.byId(id).orElseThrow().refunded().amountMinor(), equalTo(6_900L));
        assertThat(api.get("alice", "/api/orders/" + id).body().at("/timeline").findValuesAsText("event"))
                .contains("CANCELLED_BY_BUYER", "REFUNDED", "STOCK_RELEASED").doesNotContain("CANCELLED_NOT_SHIPPED");
        assertThat(orders.byId(id).orElseThrow().cancelledByBuyer()).isTrue();

        Api.Reply again = api.post("alice", "/api/orders/" + id + "/cancellation", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.body().get("detail").asText()).contains("is CANCELLED");
        assertThat(api.post("sara", "/api/orders/" + id + "/shipment",
                Map.of("carrier", "DHL", "trackingNumber", "TOO-LATE")).status())
                .as("the seller cannot ship a cancelled order").isEqualTo(409);
        assertThat(ledger.of(id).refunded()).as("still refunded once").isEqualTo(6_900);
    }

    @Test
    void onceShippedTheOrderCannotBeCancelled() {
        long id = awaitingShipment("alice", fixtures.product("sam", "electronics", 2_000, 2), 1);
        assertThat(api.post("sam", "/api/orders/" + id + "/shipment",
                Map.of("carrier", "UPS", "trackingNumber", "1Z1")).status()).isEqualTo(202);

        Api.Reply refused = api.post("alice", "/api/orders/" + id + "/cancellation", null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("detail").asText())
                .contains("only an order that has not shipped yet can be").contains("SHIPPED");
        assertThat(orders.byId(id).orElseThrow().status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(ledger.of(id).refunded()).isZero();
    }

    @Test
    void nobodyButTheBuyerCancels() {
        long id = awaitingShipment("alice", fixtures.product("sam", "electronics", 2_000, 2), 1);

        assertThat(api.post(fixtures.newUser(Role.BUYER), "/api/orders/" + id + "/cancellation", null).status())
                .as("another buyer does not even learn that the order exists").isEqualTo(404);
        assertThat(api.post("sam", "/api/orders/" + id + "/cancellation", null).status())
                .as("the seller").isEqualTo(403);
        assertThat(api.post("alice", "/api/orders/999999999/cancellation", null).status()).isEqualTo(404);
        assertThat(orders.byId(id).orElseThrow().status()).isEqualTo(OrderStatus.AWAITING_SHIPMENT);
    }

    @Test
    void cancellingWhileTheSellerShipsEndsInExactlyOneOfTheTwo() throws Exception {
        List<Long> ids = new ArrayList<>();
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < RACES; i++) {
            Product p = fixtures.product("sam", "home", 1_000 + i, 1);
            products.add(p);
            ids.add(awaitingShipment("alice", p, 1));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<CompletableFuture<Integer>> cancels = new ArrayList<>();
        List<CompletableFuture<Integer>> ships = new ArrayList<>();
        for (long id : ids) {
            CountDownLatch go = new CountDownLatch(1);
            cancels.add(at(go, threads, () -> api.post("alice", "/api/orders/" + id + "/cancellation", null).status()));
            ships.add(at(go, threads, () -> api.post("sam", "/api/orders/" + id + "/shipment",
                    Map.of("carrier", "DHL", "trackingNumber", "RACE-" + id)).status()));
            go.countDown();
        }
        CompletableFuture.allOf(cancels.toArray(CompletableFuture[]::new)).join();
        CompletableFuture.allOf(ships.toArray(CompletableFuture[]::new)).join();
        threads.shutdown();

        long cancelledFirst = cancels.stream().filter(c -> c.join() == 202).count();
        System.out.printf("cancellation against shipment: the cancellation won %d of %d races, the shipment %d%n",
                cancelledFirst, RACES, RACES - cancelledFirst);
        for (int i = 0; i < RACES; i++) {
            long id = ids.get(i);
            int cancel = cancels.get(i).get();
            int ship = ships.get(i).get();
            assertThat(List.of(cancel, ship)).as("order %d: cancellation %d, shipment %d", id, cancel, ship)
                    .containsExactlyInAnyOrder(202, 409);
            if (cancel == 202) {
                Eventually.until(() -> ledger.of(id).refunded(), equalTo(1_000L + i));
                int index = i;
                Eventually.until(() -> fixtures.stockOf(products.get(index).id()), equalTo(1));
                assertThat(orders.byId(id).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
                ledger.assertSettled(id);
            } else {
                assertThat(orders.byId(id).orElseThrow().status()).isEqualTo(OrderStatus.SHIPPED);
                assertThat(ledger.of(id).refunded()).isZero();
                assertThat(ledger.of(id).inEscrow()).isEqualTo(1_000L + i);
            }
        }
    }

    private static CompletableFuture<Integer> at(CountDownLatch go, ExecutorService threads, Supplier<Integer> call) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return call.get();
        }, threads);
    }

    private long awaitingShipment(String buyer, Product p, int quantity) {
        Api.Reply placed = api.post(buyer, "/api/orders", Fixtures.checkout(p.id(), quantity, Fixtures.GOOD_CARD));
        assertThat(placed.status()).as(placed.body().toString()).isEqualTo(201);
        long id = placed.body().get("id").asLong();
        Eventually.until(() -> orders.byId(id).orElseThrow().status(), equalTo(OrderStatus.AWAITING_SHIPMENT));
        return id;
    }
}
