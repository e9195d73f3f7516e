package com.souk.ordering;

import static com.souk.ordering.PurchaseProcess.*;

import com.souk.workflow.ProcessContract;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The variables Souk gives the purchase process: at checkout ({@link PlaceOrder}) and with each message
 * (shipping, confirmation, extension, disputes). A model an analyst uploads may read these and nothing else.
 */
@Component
public class PurchaseContract implements ProcessContract {

    @Override
    public String processId() {
        return PROCESS_ID;
    }

    @Override
    public Variables atStart() {
        return Variables.of(VAR_ORDER_ID, VAR_BUYER_ID, VAR_SELLER_ID, VAR_AMOUNT, VAR_CURRENCY, VAR_CATEGORY);
    }

    @Override
    public Map<String, Variables> byMessage() {
        return Map.of(
                MESSAGE_ORDER_SHIPPED, Variables.of(VAR_AUTO_CONFIRM_AT),
                MESSAGE_ORDER_CANCELLED, Variables.of(),
                MESSAGE_DELIVERY_CONFIRMED, Variables.of(),
                MESSAGE_PROTECTION_EXTENDED, Variables.of(VAR_AUTO_CONFIRM_AT),
                MESSAGE_DISPUTE_OPENED, Variables.of(VAR_DISPUTE_ID, VAR_REASON, VAR_REQUESTED_REFUND,
                        VAR_HAS_TRACKING, VAR_SELLER_ORDERS_90D, VAR_SELLER_DEFECT_RATE, VAR_BUYER_PAST_DISPUTES),
                MESSAGE_SELLER_RESPONDED, Variables.of(VAR_SELLER_DECISION).andSometimes(VAR_REFUND),
                MESSAGE_BUYER_ANSWERED, Variables.of(VAR_OFFER_ACCEPTED));
    }
}
