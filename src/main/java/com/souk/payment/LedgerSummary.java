package com.souk.payment;

/** Platform-wide totals; balanced when every transaction sums to zero and every held cent is accounted for. */
public record LedgerSummary(long held, long released, long commission, long refunded, long inEscrow,
        boolean balanced) {
}
