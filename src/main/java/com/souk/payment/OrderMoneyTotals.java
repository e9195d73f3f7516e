package com.souk.payment;

/**
 * Where one order's money went, from its ledger postings, in minor units of its currency: what the buyer paid
 * into escrow, what is still there, what the seller received, the platform's commission and refunds to the buyer.
 */
public record OrderMoneyTotals(long orderId, String currency, long held, long inEscrow, long released,
        long commission, long refunded) {

    /** The sum of several orders' totals, under the order id 0. */
    public OrderMoneyTotals plus(OrderMoneyTotals other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        }
        return new OrderMoneyTotals(0, currency, held + other.held, inEscrow + other.inEscrow,
                released + other.released, commission + other.commission, refunded + other.refunded);
    }
}
