package com.souk.rules.simulation;

import com.souk.common.Money;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.PurchaseCases.PurchaseCase;
import com.souk.protection.DisputeCases.DisputeCase;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Past orders and disputes with known facts, built by hand for the impact calculators' tests. */
final class PastCaseFixtures {

    static final Instant HELD = Instant.parse("2026-03-02T10:00:00Z");

    private static final AtomicLong IDS = new AtomicLong(1000);

    private PastCaseFixtures() {
    }

    /** An order whose payment was held at {@link #HELD} with the given terms, not shipped. */
    static PurchaseCase held(String category, long total, String currency) {
        return order(category, total, 0, currency, OrderStatus.AWAITING_SHIPMENT, null, 0);
    }

    static PurchaseCase order(String category, long total, long refunded, String currency, OrderStatus status,
            Instant shippedAt, int extensionDays) {
        long id = IDS.incrementAndGet();
        Map<String, Object> variables = new HashMap<>();
        variables.put("orderId", String.valueOf(id));
        variables.put("buyerId", "3");
        variables.put("sellerId", "4");
        variables.put("amountMinor", total);
        variables.put("currency", currency);
        variables.put("category", category);
        return new PurchaseCase(id, variables, status, category, Money.of(total, currency),
                Money.of(refunded, currency), 800, "P5D", "P15D", HELD.minusSeconds(5), HELD,
                HELD.plus(Duration.ofDays(5)), shippedAt,
                shippedAt == null ? null : shippedAt.plus(Duration.ofDays(15 + extensionDays)), extensionDays);
    }

    static DisputeCase dispute(PurchaseCase order, String reason, long requested, Instant openedAt, String triage) {
        long id = IDS.incrementAndGet();
        Map<String, Object> variables = new HashMap<>(order.variables());
        variables.put("disputeId", String.valueOf(id));
        variables.put("reason", reason);
        variables.put("requestedRefundMinor", requested);
        variables.put("hasTracking", true);
        variables.put("sellerOrders90d", 0L);
        variables.put("sellerDefectRate", null);
        variables.put("buyerPastDisputes", 0L);
        return new DisputeCase(id, order.orderId(), variables, openedAt,
                Money.of(requested, order.total().currency()), null, null, triage, order);
    }

    static Instant days(Instant from, double days) {
        return from.plusSeconds(Math.round(days * 86_400));
    }
}
