package com.souk.ordering.web;

import com.souk.ordering.OrderEvent;
import com.souk.ordering.OrderStatus;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Order statuses and timeline events in words, for the seller's and the agents' pages (the buyer's page says "you").
 * Templates call it as {@code ${@orderWords.status(order.status())}}.
 */
@Component("orderWords")
public class OrderWords {

    public String status(OrderStatus status) {
        return status == null ? "" : status.label();
    }

    /** A stored event code in the third person; a code Souk no longer knows reads as plain words. */
    public String event(String code) {
        return OrderEvent.of(code).map(OrderEvent::partyLabel).orElseGet(() -> plain(code));
    }

    static String plain(String code) {
        String words = code == null ? "" : code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
