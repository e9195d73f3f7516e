package com.souk.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.protection.DisputeScenario;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.support.Api;
import com.souk.support.LedgerInvariants;
import com.souk.support.LedgerInvariants.OrderMoney;
import com.souk.support.SoukIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A partly refunded order tells the whole story of its money: the refund and the seller's payout are both on its
 * timeline, and the commission it shows is the one the ledger posted.
 */
@SoukIntegrationTest
class SettledDisputeTimelineIntegrationTest {

    @Autowired
    DisputeScenario scenario;

    @Autowired
    Api api;

    @Autowired
    LedgerInvariants ledger;

    @Autowired
    Orders orders;

    @Autowired
    OrderTimeline timeline;

    @Test
    void aPartlyRefundedOrderShowsTheRefundAndTheSellersPayoutWithThePostedCommission() {
        Shipped order = scenario.shippedOrder("sam", "home", 10_000);
        long dispute = scenario.openDispute(order, "NOT_AS_DESCRIBED", 10_000);
        scenario.respond(order, dispute, "OFFER_PARTIAL", 3_000L);
        api.post(order.buyer(), "/api/disputes/" + dispute + "/buyer-answer", Map.of("acceptOffer", true));
        scenario.awaitStatus(order.orderId(), OrderStatus.PARTIALLY_REFUNDED);

        OrderMoney money = ledger.assertSettled(order.orderId());
        Order settled = orders.byId(order.orderId()).orElseThrow();
        assertThat(settled.commission().amountMinor()).as("what the ledger took on the 70.00 released")
                .isEqualTo(money.commission()).isEqualTo(560);
        assertThat(settled.refunded().amountMinor()).isEqualTo(money.refunded()).isEqualTo(3_000);
        List<OrderTimeline.Entry> entries = timeline.of(order.orderId());
        assertThat(entries).extracting(OrderTimeline.Entry::event)
                .containsSubsequence("DISPUTE_OPENED", "REFUNDED", "PAYMENT_RELEASED", "PARTIAL_OFFER_ACCEPTED");
        assertThat(entries).filteredOn(e -> e.event().equals("PAYMENT_RELEASED")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("64.40 EUR to the seller", "5.60 EUR commission"));
        assertThat(api.get(order.buyer(), "/api/orders/" + order.orderId()).body().get("commission")
                .get("amountMinor").asLong()).isEqualTo(560);
    }
}
