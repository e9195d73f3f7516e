package com.souk.catalog;

import com.souk.common.Money;
import java.time.Instant;

/** A listing of one seller: what it is, what it costs and how many are in stock. */
public record Product(long id, long sellerId, String title, String description, String category, Money price,
        int stock, Instant createdAt) {
}
