package com.souk.payment;

import java.time.Instant;

/** One line of a ledger transaction: money into (positive) or out of (negative) an account. */
public record Posting(long transactionId, String operation, String account, long amountMinor, String currency,
        Instant at) {
}
