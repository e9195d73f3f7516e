package com.souk.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.souk.common.BusinessRuleException;
import com.souk.common.ConflictException;
import com.souk.common.FieldErrorException;
import com.souk.common.Money;
import com.souk.ordering.OrderEvent;
import com.souk.ordering.PurchaseProcess;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every step of a dispute, where it is allowed and where it is refused. */
class DisputeTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final TriageFacts FACTS = new TriageFacts(true, 12, 0.25, 1);

    private static Dispute opened() {
        return Dispute.open(7, 3, 4, DisputeReason.NOT_AS_DESCRIBED, "  It arrived broken.  ", Money.of(5_000, "EUR"),
                FACTS, NOW);
    }

    private static Dispute inReview() {
        Dispute d = opened();
        d.respond(SellerDecision.CONTEST, "It was fine", null);
        return d;
    }

    @Test
    void aNewDisputeWaitsForTheSellerWithTheDescriptionTrimmedAndItsFactsKept() {
        Dispute d = opened();
        assertThat(d.status()).isEqualTo(DisputeStatus.AWAITING_SELLER);
        assertThat(d.description()).isEqualTo("It arrived broken.");
        assertThat(d.requestedRefund()).isEqualTo(Money.of(5_000, "EUR"));
        assertThat(d.facts()).isEqualTo(FACTS);
        assertThat(d.openedAt()).isEqualTo(NOW);
        assertThat(d.outcome()).isNull();
        assertThat(d.refund()).isNull();
    }

    @Test
    void aDisputeAsksForMoreThanNothing() {
        assertThatThrownBy(() -> Dispute.open(7, 3, 4, DisputeReason.NOT_RECEIVED, "x", Money.of(0, "EUR"), FACTS, NOW))
                .isInstanceOf(FieldErrorException.class).hasMessageContaining("above zero");
    }

    @Test
    void theOpenedMessageCarriesTheFactsWithTheTypesTheProcessReads() {
        var message = opened().openedMessage();
        assertThat(message).containsEntry(PurchaseProcess.VAR_REASON, "NOT_AS_DESCRIBED")
                .containsEntry(PurchaseProcess.VAR_REQUESTED_REFUND, 5_000L)
                .containsEntry(PurchaseProcess.VAR_HAS_TRACKING, true)
                .containsEntry(PurchaseProcess.VAR_SELLER_ORDERS_90D, 12L)
                .containsEntry(PurchaseProcess.VAR_SELLER_DEFECT_RATE, 0.25)
                .containsEntry(PurchaseProcess.VAR_BUYER_PAST_DISPUTES, 1L);
        var unknown = TriageFacts.message(1, DisputeReason.NOT_RECEIVED, 100, new TriageFacts(null, null, null, null));
        assertThat(unknown).containsEntry(PurchaseProcess.VAR_SELLER_ORDERS_90D, null)
                .containsEntry(PurchaseProcess.VAR_SELLER_DEFECT_RATE, null);
    }

    @Test
    void theSellerAcceptsOrContestsOnceAndTheCaseGoesToReview() {
        Dispute accepted = opened();
        accepted.respond(SellerDecision.ACCEPT_REFUND, null, null);
        assertThat(accepted.status()).isEqualTo(DisputeStatus.IN_REVIEW);
        assertThat(accepted.offeredRefund()).isNull();

        Dispute contested = inReview();
        assertThat(contested.sellerDecision()).isEqualTo(SellerDecision.CONTEST);
        assertThat(contested.sellerMessage()).isEqualTo("It was fine");
        assertThatThrownBy(() -> contested.respond(SellerDecision.ACCEPT_REFUND, null, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("seller response");
    }

    @Test
    void anOfferIsAboveZeroAndBelowTheClaimAndWaitsForTheBuyer() {
        assertThatThrownBy(() -> opened().respond(SellerDecision.OFFER_PARTIAL, null, null))
                .isInstanceOf(FieldErrorException.class);
        assertThatThrownBy(() -> opened().respond(SellerDecision.OFFER_PARTIAL, null, 0L))
                .isInstanceOf(FieldErrorException.class);
        assertThatThrownBy(() -> opened().respond(SellerDecision.OFFER_PARTIAL, null, 5_000L))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("accept the refund instead");

        Dispute offered = opened();
        offered.respond(SellerDecision.OFFER_PARTIAL, "Half?", 2_500L);
        assertThat(offered.status()).isEqualTo(DisputeStatus.AWAITING_BUYER);
        assertThat(offered.offeredRefund()).isEqualTo(Money.of(2_500, "EUR"));
    }

    @Test
    void theBuyerAnswersAnOfferOnlyWhileOneWaits() {
        assertThatThrownBy(() -> opened().answerOffer(true)).isInstanceOf(ConflictException.class);
        Dispute offered = opened();
        offered.respond(SellerDecision.OFFER_PARTIAL, null, 1_000L);
        offered.answerOffer(false);
        assertThat(offered.offerAccepted()).isFalse();
        assertThat(offered.status()).isEqualTo(DisputeStatus.IN_REVIEW);
        assertThatThrownBy(() -> offered.answerOffer(true)).isInstanceOf(ConflictException.class);
    }

    @Test
    void triageHandsOverToAnAgentButASettledDisputeStaysSettled() {
        Dispute silent = opened();
        silent.toAgentReview();
        assertThat(silent.status()).isEqualTo(DisputeStatus.IN_REVIEW);

        Dispute settled = inReview();
        settled.settle(OrderEvent.AGENT_REFUNDED_IN_FULL, Money.of(5_000, "EUR"), null, NOW);
        settled.toAgentReview();
        assertThat(settled.status()).isEqualTo(DisputeStatus.SETTLED);
    }

    @Test
    void anAgentDecidesOnceWhileTheCaseIsInReviewAndTheSameDecisionAgainChangesNothing() {
        assertThatThrownBy(() -> opened().agentDecided(9, AgentOutcome.REJECT, "no"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("AWAITING_SELLER");
        Dispute d = inReview();
        d.agentDecided(9, AgentOutcome.REFUND_FULL, "Photos show damage");
        d.agentDecided(9, AgentOutcome.REFUND_FULL, "Photos show damage");
        assertThat(d.agentId()).isEqualTo(9L);
        assertThat(d.agentOutcome()).isEqualTo(AgentOutcome.REFUND_FULL);
        assertThatThrownBy(() -> d.agentDecided(9, AgentOutcome.REJECT, "changed my mind"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already decided");
        assertThatThrownBy(() -> d.agentDecided(10, AgentOutcome.REFUND_FULL, "me too"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyACaseInReviewIsEscalatedAndOnlyOnce() {
        assertThatThrownBy(() -> opened().escalate()).isInstanceOf(ConflictException.class);
        Dispute d = inReview();
        d.escalate();
        d.escalate();
        assertThat(d.escalated()).isTrue();
    }

    @Test
    void settlingKeepsWhatTheLedgerPostedAndWhyTriageRefundedAndASecondSettlementChangesNothing() {
        Dispute d = inReview();
        TriageRule rule = new TriageRule("Rule_Triage_SmallClaim", "Small claims are refunded.");
        assertThat(d.settle(OrderEvent.AUTO_REFUNDED_BY_TRIAGE, Money.of(4_000, "EUR"), rule, NOW)).isTrue();
        assertThat(d.status()).isEqualTo(DisputeStatus.SETTLED);
        assertThat(d.outcome()).isEqualTo("AUTO_REFUNDED_BY_TRIAGE");
        assertThat(d.refund()).isEqualTo(Money.of(4_000, "EUR"));
        assertThat(d.settledAt()).isEqualTo(NOW);
        assertThat(d.autoRefundRule()).isEqualTo("Rule_Triage_SmallClaim");
        assertThat(d.autoRefundReason()).isEqualTo("Small claims are refunded.");

        assertThat(d.settle(OrderEvent.AGENT_REFUNDED_IN_FULL, Money.of(1, "EUR"), null, NOW.plusSeconds(60))).isFalse();
        assertThat(d.outcome()).isEqualTo("AUTO_REFUNDED_BY_TRIAGE");
        assertThat(d.refund()).isEqualTo(Money.of(4_000, "EUR"));
        assertThat(d.settledAt()).isEqualTo(NOW);
    }

    @Test
    void aSettlementWithoutARuleLeavesNoReason() {
        Dispute d = inReview();
        d.settle(OrderEvent.AGENT_REFUNDED_IN_FULL, Money.of(5_000, "EUR"), null, NOW);
        assertThat(d.autoRefundReason()).isNull();
        assertThat(d.autoRefundRule()).isNull();
    }
}
