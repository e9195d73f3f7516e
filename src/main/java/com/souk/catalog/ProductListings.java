package com.souk.catalog;

import com.souk.common.BusinessRuleException;
import com.souk.common.Money;
import com.souk.common.NotFoundException;
import java.time.Clock;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a seller does with listings: create them and change price, stock and description. */
@Service
public class ProductListings {

    public static final String CURRENCY = "EUR";

    private final Products products;
    private final Clock clock;

    ProductListings(Products products, Clock clock) {
        this.products = products;
        this.clock = clock;
    }

    /** The fields of a new listing. */
    public record NewListing(String title, String description, String category, long priceMinor, int stock) {
    }

    /** The fields a seller may change; null means unchanged. */
    public record ListingChange(String description, Long priceMinor, Integer stock) {
    }

    @Transactional
    public Product create(long sellerId, NewListing listing) {
        if (products.existsWithTitle(sellerId, listing.title().trim())) {
            throw new BusinessRuleException("You already list a product titled '" + listing.title().trim() + "'.");
        }
        long id = products.insert(sellerId, listing.title().trim(), listing.description().trim(),
                listing.category().trim().toLowerCase(Locale.ROOT), Money.of(listing.priceMinor(), CURRENCY),
                listing.stock(), clock.instant());
        return products.byId(id).orElseThrow();
    }

    @Transactional
    public Product change(long sellerId, long productId, ListingChange change) {
        Product p = products.byId(productId).filter(found -> found.sellerId() == sellerId)
                .orElseThrow(() -> new NotFoundException("You have no product " + productId + "."));
        Product changed = new Product(p.id(), p.sellerId(), p.title(),
                change.description() != null ? change.description().trim() : p.description(), p.category(),
                change.priceMinor() != null ? Money.of(change.priceMinor(), p.price().currency()) : p.price(),
                change.stock() != null ? change.stock() : p.stock(), p.createdAt());
        products.update(changed);
        return changed;
    }
}
