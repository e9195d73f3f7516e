package com.souk.ordering;

/** Names shared with bpmn/purchase.bpmn: process id, messages, job types, error codes, variables. */
public final class PurchaseProcess {

    public static final String PROCESS_ID = "purchase";

    public static final String MESSAGE_ORDER_SHIPPED = "OrderShipped";
    public static final String MESSAGE_DELIVERY_CONFIRMED = "DeliveryConfirmed";

    public static final String JOB_RESERVE_STOCK = "reserve-stock";
    public static final String JOB_RELEASE_STOCK = "release-stock";
    public static final String JOB_HOLD_PAYMENT = "hold-payment";
    public static final String JOB_REFUND_PAYMENT = "refund-payment";
    public static final String JOB_RELEASE_PAYMENT = "release-payment";
    public static final String JOB_UPDATE_ORDER = "update-order";

    public static final String ERROR_OUT_OF_STOCK = "OUT_OF_STOCK";
    public static final String ERROR_PAYMENT_DECLINED = "PAYMENT_DECLINED";

    public static final String VAR_ORDER_ID = "orderId";
    public static final String VAR_BUYER_ID = "buyerId";
    public static final String VAR_SELLER_ID = "sellerId";
    public static final String VAR_AMOUNT = "amountMinor";
    public static final String VAR_CURRENCY = "currency";
    public static final String VAR_CATEGORY = "category";
    public static final String VAR_SHIP_BY = "shipBy";
    public static final String VAR_PROTECTION_PERIOD = "protectionPeriod";
    public static final String VAR_COMMISSION_BPS = "commissionBps";
    public static final String VAR_REFUND = "refundMinor";

    public static final String HEADER_STATUS = "status";
    public static final String HEADER_EVENT = "event";

    private PurchaseProcess() {
    }
}
