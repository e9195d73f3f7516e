package com.souk.payment;

/** The ledger's account names. */
public final class Accounts {

    public static final String EXTERNAL_CARD = "external:card";
    public static final String PLATFORM_REVENUE = "platform:revenue";

    private Accounts() {
    }

    public static String escrow(long orderId) {
        return "escrow:order:" + orderId;
    }

    public static String sellerPayable(long sellerId) {
        return "seller:" + sellerId + ":payable";
    }
}
