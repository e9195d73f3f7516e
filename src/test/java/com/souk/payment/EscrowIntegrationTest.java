package com.souk.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.common.Money;
import com.souk.support.SoukIntegrationTest;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Escrow on the real ledger: every step posts once, and a replay answers what the first run posted. */
@SoukIntegrationTest
class EscrowIntegrationTest {

    static final long SELLER = 3;

    @Autowired
    Escrow escrow;

    @Autowired
    PaymentGateway gateway;

    @Autowired
    Ledger ledger;

    @Test
    void aReplayedRefundAnswersWhatWasPostedNotWhatIsAskedAgain() {
        long order = heldOrder(10_000);
        assertThat(escrow.refund(order, token(), Money.of(4_000, "EUR"))).isEqualTo(Money.of(4_000, "EUR"));

        assertThat(escrow.refund(order, token(), Money.of(9_999, "EUR"))).isEqualTo(Money.of(4_000, "EUR"));
        assertThat(escrow.inEscrow(order, "EUR")).isEqualTo(Money.of(6_000, "EUR"));
    }

    @Test
    void settlingADisputeRefundsThePartAndReleasesTheRestMinusCommissionOnIt() {
        long order = heldOrder(10_000);

        Escrow.DisputeMoney first = escrow.settleDispute(order, SELLER, token(), "EUR", 4_000, 500);
        Escrow.DisputeMoney replay = escrow.settleDispute(order, SELLER, token(), "EUR", 4_000, 500);

        assertThat(first.refunded()).isEqualTo(Money.of(4_000, "EUR"));
        assertThat(first.release().commission()).as("5 % of the 6 000 left").isEqualTo(Commission.on(
                Money.of(6_000, "EUR"), 500)).isEqualTo(Money.of(300, "EUR"));
        assertThat(first.release().toSeller()).isEqualTo(Money.of(5_700, "EUR"));
        assertThat(replay).isEqualTo(first);
        assertThat(escrow.inEscrow(order, "EUR").amountMinor()).isZero();
        assertThat(ledger.postingsFor(order).stream().map(Posting::transactionId).distinct()).hasSize(3);
    }

    @Test
    void aRefundAboveWhatWasHeldIsCappedAndNothingIsLeftToRelease() {
        long order = heldOrder(2_500);

        Escrow.DisputeMoney money = escrow.settleDispute(order, SELLER, token(), "EUR", 99_999, 500);

        assertThat(money.refunded()).isEqualTo(Money.of(2_500, "EUR"));
        assertThat(money.release().toSeller().amountMinor()).isZero();
        assertThat(ledger.has(order, Escrow.RELEASE)).isFalse();
    }

    private long heldOrder(long amount) {
        long order = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        assertThat(escrow.hold(order, token(), Money.of(amount, "EUR")).approved()).isTrue();
        return order;
    }

    private String token() {
        return gateway.tokenize(new CardDetails("4242424242424242", "12/35", "123")).token();
    }
}
