package com.souk.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.souk.common.ConflictException;
import com.souk.common.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Order aggregate's transitions: what each step changes, what it refuses, and that replays change nothing. */
class OrderTest {

    static final Instant NOW = Instant.parse("2030-03-01T10:00:00Z");
    static final ShippingAddress ADDRESS = new ShippingAddress("Alice Martin", "1 Harbour Street", "Hamburg", "20095",
            "DE");

    @Test
    void aNewOrderIsPlacedWithItsTotalMainCategoryAndFirstTimelineEntry() {
        Order order = Order.place(10, 20, List.of(item("Cable", "electronics", 1_000, 1), item("Lamp", "home", 2_500, 2)),
                "tok", "4242", ADDRESS, NOW);

        assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
        assertThat(order.total()).isEqualTo(Money.of(6_000, "EUR"));
        assertThat(order.category()).as("the category of the largest line").isEqualTo("home");
        assertThat(order.items()).hasSize(2);
        assertThat(order.commission()).as("no rate yet").isNull();
        assertThat(events(order)).containsExactly("ORDER_PLACED");
    }

    @Test
    void heldPaymentSetsTheTermsOnceAndAReplayChangesNothing() {
        Order order = placed();
        order.paymentHeld("P5D", "P15D", 500, NOW);
        order.paymentHeld("P9D", "P30D", 900, NOW.plusSeconds(60));

        assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_SHIPMENT);
        assertThat(order.shipByAt()).isEqualTo(NOW.plus(Duration.ofDays(5)));
        assertThat(order.commissionBps()).isEqualTo(500);
        assertThat(order.commission()).as("what release will take on the amount held").isEqualTo(Money.of(50, "EUR"));
        assertThat(events(order)).containsExactly("ORDER_PLACED", "PAYMENT_HELD");
    }

    @Test
    void shippingStartsTheProtectionPeriodAndIsRefusedBeforePaymentOrTwice() {
        Order order = placed();
        assertThatThrownBy(() -> order.ship("DHL", "T1", NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("payment is still being processed");
        order.paymentHeld("P5D", "P15D", 500, NOW);
        order.ship("DHL", "T1", NOW.plus(Duration.ofDays(1)));

        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.autoConfirmAt()).isEqualTo(NOW.plus(Duration.ofDays(16)));
        assertThatThrownBy(() -> order.ship("DHL", "T2", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void receiptIsConfirmedOnlyWhileShipped() {
        Order order = placed();
        assertThatThrownBy(() -> order.confirmDelivery(NOW)).isInstanceOf(ConflictException.class);
        Order shipped = shipped();
        shipped.confirmDelivery(NOW);
        assertThat(events(shipped)).endsWith("DELIVERY_CONFIRMED");
    }

    @Test
    void oneExtensionWaitsAtATimeAndItsApprovalMovesAutoConfirmation() {
        Order order = shipped();
        Instant before = order.autoConfirmAt();
        assertThatThrownBy(() -> order.approveExtension(NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("has not asked");
        order.requestExtension(7, NOW);
        assertThat(order.pendingExtensionDays()).contains(7);
        assertThatThrownBy(() -> order.requestExtension(3, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already waiting");

        order.approveExtension(NOW);

        assertThat(order.autoConfirmAt()).isEqualTo(before.plus(Duration.ofDays(7)));
        assertThat(order.pendingExtensionDays()).isEmpty();
        assertThatThrownBy(() -> placed().requestExtension(7, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aDisputeOpensOnlyOnAShippedOrderAndOnlyOnce() {
        assertThatThrownBy(() -> placed().openDispute(3, "x", NOW)).isInstanceOf(ConflictException.class);
        Order order = shipped();
        order.openDispute(3, "NOT_RECEIVED", NOW);

        assertThat(order.status()).isEqualTo(OrderStatus.IN_DISPUTE);
        assertThat(order.disputeId()).isEqualTo(3L);
        assertThatThrownBy(() -> order.openDispute(4, "again", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aSettledDisputeEndsTheOrderByTheRefund() {
        assertThat(disputed().disputeSettled(Money.of(1_000, "EUR"), NOW)).isEqualTo(OrderStatus.REFUNDED);
        assertThat(disputed().disputeSettled(Money.of(400, "EUR"), NOW)).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        assertThat(disputed().disputeSettled(Money.zero("EUR"), NOW)).isEqualTo(OrderStatus.COMPLETED);
        assertThatThrownBy(() -> shipped().disputeSettled(Money.zero("EUR"), NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("settled as a dispute");
        Order settled = disputed();
        settled.disputeSettled(Money.of(400, "EUR"), NOW);
        assertThat(settled.disputeSettled(Money.of(400, "EUR"), NOW)).as("a replay").isEqualTo(
                OrderStatus.PARTIALLY_REFUNDED);
    }

    @Test
    void anOrderIsFinishedWhenItIsCompletedOrRefundedAndNotBefore() {
        Order shipped = shipped();
        assertThat(shipped.finishedAt()).isNull();
        shipped.moveTo(OrderStatus.COMPLETED, NOW.plusSeconds(10));
        assertThat(shipped.finishedAt()).isEqualTo(NOW.plusSeconds(10));

        Order disputed = disputed();
        assertThat(disputed.finishedAt()).as("in dispute is not finished").isNull();
        disputed.disputeSettled(Money.of(400, "EUR"), NOW.plusSeconds(20));
        assertThat(disputed.finishedAt()).isEqualTo(NOW.plusSeconds(20));
    }

    @Test
    void refundAndReleaseRecordWhatTheLedgerPostedOnce() {
        Order order = disputed();
        order.refunded(Money.of(400, "EUR"), NOW);
        order.refunded(Money.of(400, "EUR"), NOW);
        order.released(Money.of(570, "EUR"), Money.of(30, "EUR"), NOW);

        assertThat(order.refunded()).isEqualTo(Money.of(400, "EUR"));
        assertThat(order.commission()).as("what release took on the 600 left").isEqualTo(Money.of(30, "EUR"));
        assertThat(events(order)).containsOnlyOnce("REFUNDED").containsOnlyOnce("PAYMENT_RELEASED");
    }

    @Test
    void stepsOfTheProcessRecordTheirOutcomeOnce() {
        Order order = placed();
        order.stockChecked(Optional.empty(), NOW);
        order.stockChecked(Optional.empty(), NOW);
        order.cardDeclined("declined by the card issuer", NOW);
        order.stockReleased(NOW);
        order.moveTo(OrderStatus.PAYMENT_DECLINED, Instant.EPOCH);

        assertThat(events(order)).containsExactly("ORDER_PLACED", "STOCK_RESERVED", "CARD_DECLINED", "STOCK_RELEASED");
        assertThat(order.timeline().get(2).detail()).isEqualTo("card ending 4242: declined by the card issuer");
        assertThat(order.status()).isEqualTo(OrderStatus.PAYMENT_DECLINED);
    }

    private static Order placed() {
        return Order.place(10, 20, List.of(item("Lamp", "home", 1_000, 1)), "tok", "4242", ADDRESS, NOW);
    }

    private static Order shipped() {
        Order order = placed();
        order.paymentHeld("P5D", "P15D", 500, NOW);
        order.ship("DHL", "T1", NOW);
        return order;
    }

    private static Order disputed() {
        Order order = shipped();
        order.openDispute(3, "NOT_RECEIVED", NOW);
        return order;
    }

    private static OrderItem item(String title, String category, long price, int quantity) {
        return new OrderItem(1, title, category, Money.of(price, "EUR"), quantity);
    }

    private static List<String> events(Order order) {
        return order.timeline().stream().map(TimelineEntry::event).toList();
    }
}
