package com.souk.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.souk.common.Money;
import com.souk.identity.Role;
import com.souk.ordering.OrderEvent;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/** The disputes repository on PostgreSQL: its queries, and the version that stops two changes both winning. */
@SoukIntegrationTest
class DisputesRepositoryIntegrationTest {

    private static final Instant T = Instant.parse("2026-06-01T12:00:00Z");

    @Autowired
    Disputes disputes;

    @Autowired
    DisputeScenario scenario;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TransactionTemplate transactions;

    private static final TriageFacts FACTS = new TriageFacts(true, 0, null, 0);

    /** A dispute written straight through the repository, on a shipped order no process has disputed. */
    private Dispute saved(Shipped order, long requested) {
        return disputes.save(Dispute.open(order.orderId(), fixtures.user(order.buyer()).id(),
                fixtures.user(order.seller()).id(), DisputeReason.NOT_AS_DESCRIBED, "Scratched", Money.of(requested,
                        "EUR"), FACTS, T));
    }

    private void settle(long id, OrderEvent outcome, long refund, Instant at) {
        transactions.executeWithoutResult(tx -> disputes.byId(id).orElseThrow()
                .settle(outcome, Money.of(refund, "EUR"), null, at));
    }

    @Test
    void aSavedDisputeReadsBackWholeByIdAndByOrder() {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 10_000);
        long id = saved(order, 4_000).id();
        Dispute read = disputes.byOrder(order.orderId()).orElseThrow();
        assertThat(read.id()).isEqualTo(id);
        assertThat(read.requestedRefund()).isEqualTo(Money.of(4_000, "EUR"));
        assertThat(read.facts()).isEqualTo(FACTS);
        assertThat(read.status()).isEqualTo(DisputeStatus.AWAITING_SELLER);
        assertThat(disputes.byId(id + 1_000_000)).isEmpty();
    }

    @Test
    void disputesAgainstASellerListThoseWaitingForTheSellerFirstThenNewestPageByPage() {
        String seller = fixtures.newUser(Role.SELLER);
        long answered = saved(scenario.shippedOrder(seller, "home", 10_000), 1_000).id();
        long waiting = saved(scenario.shippedOrder(seller, "home", 10_000), 1_000).id();
        long newest = saved(scenario.shippedOrder(seller, "home", 10_000), 1_000).id();
        transactions.executeWithoutResult(tx -> {
            disputes.byId(answered).orElseThrow().respond(SellerDecision.CONTEST, "no", null);
            disputes.byId(newest).orElseThrow().respond(SellerDecision.ACCEPT_REFUND, null, null);
        });
        long sellerId = fixtures.user(seller).id();

        assertThat(disputes.againstSeller(sellerId, 0, 2)).extracting(Dispute::id).containsExactly(waiting, newest);
        assertThat(disputes.againstSeller(sellerId, 1, 2)).extracting(Dispute::id).containsExactly(answered);
        assertThat(disputes.countAgainstSeller(sellerId)).isEqualTo(3);
    }

    @Test
    void defectsAreRefundsTheSellerDidNotAgreeToSettledInTheWindow() {
        String seller = fixtures.newUser(Role.SELLER);
        long agreed = saved(scenario.shippedOrder(seller, "home", 10_000), 1_000).id();
        long offered = saved(scenario.shippedOrder(seller, "home", 10_000), 1_000).id();
        long byAgent = saved(scenario.shippedOrder(seller, "home", 10_000), 1_000).id();
        long byTriage = saved(scenario.shippedOrder(seller, "home", 10_000), 1_000).id();
        long rejected = saved(scenario.shippedOrder(seller, "home", 10_000), 1_000).id();
        long old = saved(scenario.shippedOrder(seller, "home", 10_000), 1_000).id();
        settle(agreed, OrderEvent.SELLER_ACCEPTED_REFUND, 1_000, T);
        settle(offered, OrderEvent.PARTIAL_OFFER_ACCEPTED, 500, T);
        settle(byAgent, OrderEvent.AGENT_REFUNDED_IN_FULL, 1_000, T);
        settle(byTriage, OrderEvent.AUTO_REFUNDED_BY_TRIAGE, 1_000, T);
        settle(rejected, OrderEvent.AGENT_REJECTED_DISPUTE, 0, T);
        settle(old, OrderEvent.AGENT_REFUNDED_IN_FULL, 1_000, T.minusSeconds(86_400));
        long sellerId = fixtures.user(seller).id();

        assertThat(disputes.defectsOfSellerSince(sellerId, T.minusSeconds(60))).isEqualTo(2);
        assertThat(disputes.defectsOfSellerSince(sellerId, T.minusSeconds(2 * 86_400))).isEqualTo(3);
        assertThat(disputes.refundedAgainstSeller(sellerId)).as("every refund, agreed or not").isEqualTo(5);
    }

    @Test
    void twoChangesOfOneDisputeFromTheSameVersionCannotBothWin() {
        long id = saved(scenario.shippedOrderOfANewSeller("home", 10_000), 2_000).id();
        Dispute first = disputes.byId(id).orElseThrow();
        Dispute second = disputes.byId(id).orElseThrow();

        first.respond(SellerDecision.ACCEPT_REFUND, null, null);
        disputes.save(first);
        second.respond(SellerDecision.CONTEST, "never", null);

        assertThatThrownBy(() -> disputes.save(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(disputes.byId(id).orElseThrow().sellerDecision()).isEqualTo(SellerDecision.ACCEPT_REFUND);
    }
}
