package com.souk.catalog;

import com.souk.common.BusinessRuleException;
import com.souk.common.ConflictException;
import com.souk.common.Money;
import com.souk.common.NotFoundException;
import java.time.Clock;
import org.springframework.dao.OptimisticLockingFailureException;
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
        Product product = Product.list(sellerId, listing.title(), listing.description(), listing.category(),
                Money.of(listing.priceMinor(), CURRENCY), listing.stock(), clock.instant());
        if (products.existsWithTitle(sellerId, product.title())) {
            throw new BusinessRuleException("You already list a product titled '" + product.title() + "'.");
        }
        return products.save(product);
    }

    /**
     * Applies the change to the seller's own product. Written before returning, so that an edit racing another
     * one or a reservation of the same product is refused here, as a conflict, rather than failing at commit.
     */
    @Transactional
    public Product change(long sellerId, long productId, ListingChange change) {
        Product p = products.byId(productId).filter(found -> found.listedBy(sellerId))
                .orElseThrow(() -> new NotFoundException("You have no product " + productId + "."));
        if (change.description() != null) {
            p.describe(change.description());
        }
        if (change.priceMinor() != null) {
            p.reprice(Money.of(change.priceMinor(), p.price().currency()));
        }
        if (change.stock() != null) {
            p.restock(change.stock());
        }
        try {
            return products.saveAndFlush(p);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw new ConflictException("Product " + productId + " changed while you were editing it (an order may"
                    + " have taken stock); open it again to see what it is now.");
        }
    }
}
