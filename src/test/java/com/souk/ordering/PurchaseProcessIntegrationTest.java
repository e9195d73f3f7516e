package com.souk.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.souk.catalog.Product;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.Fixtures;
import com.souk.support.LedgerInvariants;
import com.souk.support.LedgerInvariants.OrderMoney;
import com.souk.support.SoukIntegrationTest;
import com.souk.workflow.EngineClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of bpmn/purchase.bpmn on the real engine and PostgreSQL, driven through the HTTP API. */
@SoukIntegrationTest
class PurchaseProcessIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerInvariants ledger;

    @Autowired
    Orders orders;

    @Autowired
    EngineClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void completesAndPaysSellerMinusCommissionWhenBuyerConfirmsReceipt() {
        Product headphones = fixtures.product("sam", "electronics", 20_000, 5);
        long id = place(headphones, 2, Fixtures.GOOD_CARD);
        awaitStatus(id, OrderStatus.AWAITING_SHIPMENT);
        assertThat(fixtures.stockOf(headphones.id())).isEqualTo(3);

        assertThat(api.post("sam", "/api/orders/" + id + "/shipment",
                Map.of("carrier", "DHL", "trackingNumber", "JD014600003828")).status()).isEqualTo(202);
        assertThat(api.post("alice", "/api/orders/" + id + "/receipt", null).status()).isEqualTo(202);
        awaitStatus(id, OrderStatus.COMPLETED);

        OrderMoney money = ledger.assertSettled(id);
        assertThat(money.held()).isEqualTo(40_000);
        assertThat(money.commission()).as("electronics commission is 5 %% in commission.dmn").isEqualTo(2_000);
        assertThat(money.released()).isEqualTo(38_000);
        assertThat(money.refunded()).isZero();
        assertThat(fixtures.stockOf(headphones.id())).isEqualTo(3);
        assertThat(api.get("alice", "/api/orders/" + id).body().at("/timeline").findValuesAsText("event"))
                .containsSubsequence("ORDER_PLACED", "STOCK_RESERVED", "PAYMENT_HELD", "SHIPPED",
                        "DELIVERY_CONFIRMED", "PAYMENT_RELEASED", "COMPLETED");
    }

    @Test
    void autoConfirmsWhenTheProtectionPeriodRunsOut() {
        Product book = fixtures.product("sara", "books", 3_000, 4);
        long id = place(book, 1, Fixtures.GOOD_CARD);
        awaitStatus(id, OrderStatus.AWAITING_SHIPMENT);
        api.post("sara", "/api/orders/" + id + "/shipment", Map.of("carrier", "UPS", "trackingNumber", "1Z999"));
        assertThat(orders.byId(id).orElseThrow().autoConfirmAt()).isNotNull();

        clock.advance(Duration.ofDays(16));
        awaitStatus(id, OrderStatus.COMPLETED);

        OrderMoney money = ledger.assertSettled(id);
        assertThat(money.commission()).as("books commission is 10 %%").isEqualTo(300);
        assertThat(money.released()).isEqualTo(2_700);
        assertThat(api.get("sara", "/api/orders/" + id).body().at("/timeline").findValuesAsText("event"))
                .contains("AUTO_CONFIRMED").doesNotContain("DELIVERY_CONFIRMED");
        assertThat(fixtures.stockOf(book.id())).isEqualTo(3);
    }

    @Test
    void refundsBuyerAndRestocksWhenSellerDoesNotShipInTime() {
        Product lamp = fixtures.product("sara", "home", 4_990, 2);
        long id = place(lamp, 2, Fixtures.GOOD_CARD);
        awaitStatus(id, OrderStatus.AWAITING_SHIPMENT);
        assertThat(fixtures.stockOf(lamp.id())).isZero();

        clock.advance(Duration.ofDays(6));
        awaitStatus(id, OrderStatus.CANCELLED);

        OrderMoney money = ledger.assertSettled(id);
        assertThat(money.held()).isEqualTo(9_980);
        assertThat(money.refunded()).isEqualTo(9_980);
        assertThat(money.released() + money.commission()).isZero();
        assertThat(fixtures.stockOf(lamp.id())).isEqualTo(2);
        assertThat(orders.byId(id).orElseThrow().refunded().amountMinor()).isEqualTo(9_980);
        assertThat(api.post("sara", "/api/orders/" + id + "/shipment",
                Map.of("carrier", "DHL", "trackingNumber", "LATE")).status()).isEqualTo(409);
    }

    @Test
    void rejectsOrderWithoutChargingWhenStockRunsOut() {
        Product desk = fixtures.product("sara", "furniture", 39_900, 1);
        long id = place(desk, 2, Fixtures.GOOD_CARD);
        awaitStatus(id, OrderStatus.REJECTED);

        assertThat(fixtures.stockOf(desk.id())).isEqualTo(1);
        OrderMoney money = ledger.of(id);
        assertThat(money.held()).isZero();
        assertThat(money.inEscrow()).isZero();
        assertThat(api.get("alice", "/api/orders/" + id).body().at("/timeline").findValuesAsText("event"))
                .contains("REJECTED_OUT_OF_STOCK");
    }

    @Test
    void declinesOrderAndReleasesStockWhenTheCardIsDeclined() {
        Product mouse = fixtures.product("sam", "electronics", 2_990, 3);
        long id = place(mouse, 1, Fixtures.DECLINED_CARD);
        awaitStatus(id, OrderStatus.PAYMENT_DECLINED);

        assertThat(fixtures.stockOf(mouse.id())).isEqualTo(3);
        assertThat(ledger.of(id).held()).isZero();
        assertThat(ledger.of(id).inEscrow()).isZero();
        assertThat(api.get("alice", "/api/orders/" + id).body().at("/timeline").findValuesAsText("event"))
                .contains("CARD_DECLINED", "STOCK_RELEASED", "PAYMENT_DECLINED");
    }

    @Test
    void declinesOrderWhenTheCardHasInsufficientFunds() {
        Product scarf = fixtures.product("sam", "fashion", 2_950, 3);
        long id = place(scarf, 1, Fixtures.INSUFFICIENT_FUNDS_CARD);
        awaitStatus(id, OrderStatus.PAYMENT_DECLINED);

        assertThat(fixtures.stockOf(scarf.id())).isEqualTo(3);
        assertThat(api.get("alice", "/api/orders/" + id).body().at("/timeline/3/detail").asText())
                .isNotNull();
        assertThat(api.get("alice", "/api/orders/" + id).body().at("/timeline").toString())
                .contains("insufficient funds");
    }

    private long place(Product product, int quantity, String card) {
        Api.Reply reply = api.post("alice", "/api/orders", Fixtures.checkout(product.id(), quantity, card));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        assertThat(reply.body().get("status").asText()).isEqualTo("PLACED");
        return reply.body().get("id").asLong();
    }

    private void awaitStatus(long id, OrderStatus status) {
        Eventually.until(() -> orders.byId(id).orElseThrow().status(), equalTo(status));
    }
}
