package com.souk.payment;

import com.souk.common.Money;

/** The payment service provider: tokenizes cards, charges and refunds them, idempotent by key. */
public interface PaymentGateway {

    /** Checks the card's form and returns a token; a malformed card throws {@link com.souk.common.FieldErrorException}. */
    CardToken tokenize(CardDetails card);

    ChargeResult charge(String idempotencyKey, String token, Money amount);

    void refund(String idempotencyKey, String token, Money amount);
}
