package com.souk.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of order_items; the order turns it into an {@link OrderItem} in its own currency. */
@Embeddable
class OrderLine {

    @Column(name = "product_id")
    private long productId;

    private String title;

    private String category;

    @Column(name = "unit_price_minor")
    private long unitPriceMinor;

    private int quantity;

    protected OrderLine() {
    }

    OrderLine(OrderItem item) {
        this.productId = item.productId();
        this.title = item.title();
        this.category = item.category();
        this.unitPriceMinor = item.unitPrice().amountMinor();
        this.quantity = item.quantity();
    }

    OrderItem item(String currency) {
        return new OrderItem(productId, title, category, com.souk.common.Money.of(unitPriceMinor, currency), quantity);
    }
}
