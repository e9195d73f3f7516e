package com.souk.ordering.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.SessionScope;

/**
 * The buyer's cart, kept in the HTTP session: products and how many of each, from any number of sellers.
 * It also remembers which orders each checkout form created, so that submitting that form again (a double
 * click, the back button) leads to the orders already placed instead of to a second purchase.
 */
@Component
@SessionScope
class Cart implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** As many lines as one checkout request may hold (CheckoutJson: at most 50 items). */
    static final int MAX_LINES = 50;
    /** As many of one product as one order line may hold (CheckoutJson: quantity 1 to 99). */
    static final int MAX_QUANTITY = 99;
    private static final int REMEMBERED_CHECKOUTS = 20;

    private final LinkedHashMap<Long, Integer> lines = new LinkedHashMap<>();
    private final LinkedHashMap<String, ArrayList<Long>> checkouts = new LinkedHashMap<>();

    synchronized Map<Long, Integer> lines() {
        return new LinkedHashMap<>(lines);
    }

    synchronized int quantityOf(long productId) {
        return lines.getOrDefault(productId, 0);
    }

    synchronized boolean isFull() {
        return lines.size() >= MAX_LINES;
    }

    synchronized void put(long productId, int quantity) {
        lines.put(productId, quantity);
    }

    /** The quantity the line had, if the product was in the cart. */
    synchronized Optional<Integer> remove(long productId) {
        return Optional.ofNullable(lines.remove(productId));
    }

    synchronized int itemCount() {
        return lines.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Takes the products just ordered out of the cart and remembers the orders under the form's key. */
    synchronized void ordered(String checkoutKey, Collection<Long> productIds, List<Long> orderIds) {
        productIds.forEach(lines::remove);
        ArrayList<Long> placed = checkouts.computeIfAbsent(checkoutKey, k -> new ArrayList<>());
        orderIds.stream().filter(id -> !placed.contains(id)).forEach(placed::add);
        while (checkouts.size() > REMEMBERED_CHECKOUTS) {
            checkouts.remove(checkouts.keySet().iterator().next());
        }
    }

    /** The orders an earlier submission of the checkout form with this key placed. */
    synchronized Optional<List<Long>> orderedWith(String checkoutKey) {
        return Optional.ofNullable(checkouts.get(checkoutKey)).map(List::copyOf);
    }
}
