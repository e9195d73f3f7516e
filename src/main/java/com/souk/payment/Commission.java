package com.souk.payment;

import com.souk.common.Money;

/**
 * The platform's commission: the one rule for what a release takes, and for what it will take while the money is
 * still held. Basis points of the amount, rounded half to even to whole minor units.
 */
public final class Commission {

    private Commission() {
    }

    public static Money on(Money amount, int basisPoints) {
        return amount.basisPoints(basisPoints);
    }
}
