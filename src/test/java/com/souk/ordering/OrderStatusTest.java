package com.souk.ordering;

import static com.souk.ordering.OrderStatus.AWAITING_SHIPMENT;
import static com.souk.ordering.OrderStatus.CANCELLED;
import static com.souk.ordering.OrderStatus.COMPLETED;
import static com.souk.ordering.OrderStatus.IN_DISPUTE;
import static com.souk.ordering.OrderStatus.PARTIALLY_REFUNDED;
import static com.souk.ordering.OrderStatus.PAYMENT_DECLINED;
import static com.souk.ordering.OrderStatus.PLACED;
import static com.souk.ordering.OrderStatus.REFUNDED;
import static com.souk.ordering.OrderStatus.REJECTED;
import static com.souk.ordering.OrderStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.souk.common.ConflictException;
import com.souk.common.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The order life cycle of API.md: which status may follow which, as Order.moveTo enforces it. */
class OrderStatusTest {

    /** The transitions API.md allows, and nothing else. */
    private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = Map.of(
            PLACED, EnumSet.of(AWAITING_SHIPMENT, REJECTED, PAYMENT_DECLINED),
            AWAITING_SHIPMENT, EnumSet.of(SHIPPED, CANCELLED),
            SHIPPED, EnumSet.of(COMPLETED, IN_DISPUTE),
            IN_DISPUTE, EnumSet.of(REFUNDED, PARTIALLY_REFUNDED, COMPLETED));

    private static final Instant NOW = Instant.parse("2030-03-01T10:00:00Z");

    static Stream<Arguments> everyPairOfDifferentStatuses() {
        return Stream.of(OrderStatus.values()).flatMap(from -> Stream.of(OrderStatus.values())
                .filter(to -> to != from).map(to -> Arguments.of(from, to)));
    }

    @Test
    void terminalStatusesAreThoseNothingFollows() {
        assertThat(EnumSet.allOf(OrderStatus.class).stream().filter(OrderStatus::isTerminal))
                .containsExactlyInAnyOrder(COMPLETED, REJECTED, PAYMENT_DECLINED, CANCELLED, REFUNDED,
                        PARTIALLY_REFUNDED);
        assertThat(EnumSet.of(PLACED, AWAITING_SHIPMENT, SHIPPED, IN_DISPUTE)).noneMatch(OrderStatus::isTerminal);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfDifferentStatuses")
    void movesOnlyAlongTheDocumentedTransitions(OrderStatus from, OrderStatus to) {
        Order order = order(from);
        if (ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
            order.moveTo(to, Instant.EPOCH);
            assertThat(order.status()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> order.moveTo(to, Instant.EPOCH)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining(from.name()).hasMessageContaining(to.name());
            assertThat(order.status()).isEqualTo(from);
        }
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void movingToTheCurrentStatusIsAHarmlessReplay(OrderStatus status) {
        Order order = order(status);
        order.moveTo(status, Instant.EPOCH);
        assertThat(order.status()).isEqualTo(status);
    }

    @Test
    void heldPaymentSetsTermsCommissionAndShipByDeadline() {
        Order order = order(PLACED);
        order.paymentHeld("P5D", "P15D", 995, NOW);

        assertThat(order.status()).isEqualTo(AWAITING_SHIPMENT);
        assertThat(order.commissionBps()).isEqualTo(995);
        assertThat(order.commission()).isEqualTo(Money.of(100, "EUR")).as("995 bps of 10.00, half-even");
        assertThat(order.shipByAt()).isEqualTo(NOW.plus(Duration.ofDays(5)));
        assertThat(order.autoConfirmAt()).isNull();
    }

    @Test
    void shippingStartsTheProtectionPeriod() {
        Order order = order(PLACED);
        order.paymentHeld("P5D", "P15D", 500, NOW);
        order.ship("DHL", "JD1", NOW.plus(Duration.ofDays(1)));

        assertThat(order.status()).isEqualTo(SHIPPED);
        assertThat(order.autoConfirmAt()).isEqualTo(NOW.plus(Duration.ofDays(16)));
    }

    @Test
    void cannotShipBeforeThePaymentIsHeld() {
        Order order = order(PLACED);
        assertThatThrownBy(() -> order.ship("DHL", "JD1", NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("payment is still being processed");
        assertThat(order.status()).isEqualTo(PLACED);
    }

    @Test
    void cannotShipTwice() {
        Order order = order(PLACED);
        order.paymentHeld("P5D", "P15D", 500, NOW);
        order.ship("DHL", "JD1", NOW);
        assertThatThrownBy(() -> order.ship("DHL", "JD1", NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("SHIPPED");
    }

    @Test
    void readsRulePeriodsAsDaysWeeksOrTimes() {
        assertThat(Order.after(NOW, "P5D")).isEqualTo(NOW.plus(Duration.ofDays(5)));
        assertThat(Order.after(NOW, "P2W")).isEqualTo(NOW.plus(Duration.ofDays(14)));
        assertThat(Order.after(NOW, "PT12H")).isEqualTo(NOW.plus(Duration.ofHours(12)));
        assertThat(Order.after(NOW, "P1DT12H")).isEqualTo(NOW.plus(Duration.ofHours(36)));
    }

    @Test
    void readsRulePeriodsInMonthsAsCalendarMonthsNotAsZeroDays() {
        assertThat(Order.after(NOW, "P1M")).isEqualTo(Instant.parse("2030-04-01T10:00:00Z"));
        assertThat(Order.after(NOW, "P1Y2D")).isEqualTo(Instant.parse("2031-03-03T10:00:00Z"));
    }

    @Test
    void protectionPeriodOfAMonthEndsAMonthAfterShipping() {
        Order order = order(PLACED);
        order.paymentHeld("P1M", "P1M", 500, NOW);
        order.ship("DHL", "JD1", NOW);

        assertThat(order.shipByAt()).isEqualTo(Instant.parse("2030-04-01T10:00:00Z"));
        assertThat(order.autoConfirmAt()).isEqualTo(Instant.parse("2030-04-01T10:00:00Z"));
    }

    /** A new order, put straight into the status a case starts from. */
    private static Order order(OrderStatus status) {
        Money total = Money.of(1_000, "EUR");
        Order order = Order.place(10, 20, List.of(new OrderItem(7, "Lamp", "home", total, 1)), "tok_1", "4242",
                new ShippingAddress("Alice Martin", "1 Harbour Street", "Hamburg", "20095", "DE"), NOW);
        ReflectionTestUtils.setField(order, "status", status);
        return order;
    }
}
