package com.souk.protection;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.common.IsoDurations;
import com.souk.common.Money;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.PurchaseCases;
import com.souk.ordering.PurchaseCases.PurchaseCase;
import com.souk.protection.DisputeCases.DisputeCase;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.support.Api;
import com.souk.support.SoukIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Past orders and disputes read back with the variables their process had and the deadlines it kept. */
@SoukIntegrationTest
class PastCasesIntegrationTest {

    @Autowired
    DisputeScenario scenario;

    @Autowired
    Api api;

    @Autowired
    PurchaseCases purchases;

    @Autowired
    DisputeCases disputes;

    @Test
    void anOrderComesBackWithItsStartVariablesTermsAndDeadlines() {
        Shipped order = scenario.shippedOrderOfANewSeller("electronics", 12_345);
        assertThat(api.post(order.buyer(), "/api/orders/" + order.orderId() + "/protection-extension",
                Map.of("days", 4)).status()).isLessThan(300);
        assertThat(api.post(order.seller(), "/api/orders/" + order.orderId() + "/protection-extension/approval", null)
                .status()).isLessThan(300);

        PurchaseCase found = purchases.withIds(List.of(order.orderId())).get(0);

        assertThat(found.variables()).containsOnlyKeys(PurchaseCases.VARIABLES);
        assertThat(found.variables().get("orderId")).isEqualTo(String.valueOf(order.orderId()));
        assertThat(found.variables().get("sellerId")).isInstanceOf(String.class);
        assertThat(found.variables().get("amountMinor")).isEqualTo(12_345L);
        assertThat(found.variables().get("currency")).isEqualTo("EUR");
        assertThat(found.variables().get("category")).isEqualTo("electronics");
        assertThat(found.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(found.commissionBps()).isEqualTo(500);
        assertThat(found.payoutBase()).isEqualTo(Money.of(12_345, "EUR"));
        assertThat(found.shipByAt()).isEqualTo(IsoDurations.after(found.paymentHeldAt(), found.shipByPeriod()));
        assertThat(found.extensionDays()).isEqualTo(4);
        assertThat(found.autoConfirmAt()).isEqualTo(IsoDurations.after(found.shippedAt(), found.protectionPeriod())
                .plus(Duration.ofDays(4)));
        assertThat(purchases.placedSince(found.createdAt())).extracting(PurchaseCase::orderId)
                .contains(order.orderId());
        assertThat(purchases.placedSince(found.createdAt().plusSeconds(1))).extracting(PurchaseCase::orderId)
                .doesNotContain(order.orderId());
    }

    @Test
    void aDisputeComesBackWithTheDisputeOpenedVariablesOverItsOrdersAndWhatTriageDecided() {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 10_000);
        long id = scenario.openDispute(order, "NOT_RECEIVED", 6_000);

        DisputeCase opened = disputeCase(id);
        assertThat(opened.variables()).containsEntry("disputeId", String.valueOf(id))
                .containsEntry("orderId", String.valueOf(order.orderId())).containsEntry("reason", "NOT_RECEIVED")
                .containsEntry("requestedRefundMinor", 6_000L).containsEntry("hasTracking", true)
                .containsEntry("sellerOrders90d", 0L).containsEntry("sellerDefectRate", null)
                .containsEntry("buyerPastDisputes", 0L)
                .containsEntry("category", "home").containsEntry("amountMinor", 10_000L);
        assertThat(opened.reachedTriage()).isFalse();
        assertThat(opened.requestedRefund()).isEqualTo(Money.of(6_000, "EUR"));

        scenario.respond(order, id, "CONTEST", null);
        scenario.awaitTask(id);
        assertThat(disputeCase(id).triage()).isEqualTo(DisputeCases.TRIAGE_AGENT_REVIEW);
    }

    private DisputeCase disputeCase(long id) {
        return disputes.openedSince(null).stream().filter(d -> d.disputeId() == id).findFirst().orElseThrow();
    }
}
