package com.souk.ordering;

import com.souk.common.Money;

/** One line of an order, with the title and price as they were when the buyer ordered. */
public record OrderItem(long productId, String title, String category, Money unitPrice, int quantity) {

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }
}
