package com.souk.reviews;

import com.souk.common.FieldErrorException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A buyer's verdict on one completed order: stars for its products and for its seller, and optional words (table
 * reviews, the products it covers in review_products). Written once through {@link Invitation#review} and never
 * changed, so it has no version.
 */
@Entity
@Table(name = "reviews")
public class Review {

    static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", updatable = false)
    private long orderId;

    @Column(name = "buyer_id", updatable = false)
    private long buyerId;

    @Column(name = "seller_id", updatable = false)
    private long sellerId;

    @Column(name = "product_rating", updatable = false)
    private int productRating;

    @Column(name = "seller_rating", updatable = false)
    private int sellerRating;

    @Column(name = "body", updatable = false)
    private String text;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    /** Written with the review; read only where the review was loaded, in the same transaction. */
    @ElementCollection
    @CollectionTable(name = "review_products", joinColumns = @JoinColumn(name = "review_id"))
    @Column(name = "product_id")
    private Set<Long> productIds = new LinkedHashSet<>();

    protected Review() {
    }

    /**
     * A review of the order's products. Blank words count as none.
     *
     * @throws FieldErrorException for stars outside 1 to 5, words over {@value #MAX_TEXT} characters or no product
     */
    Review(long orderId, long buyerId, long sellerId, int productRating, int sellerRating, String text,
            Collection<Long> productIds, Instant now) {
        this.orderId = orderId;
        this.buyerId = buyerId;
        this.sellerId = sellerId;
        this.productRating = stars("productRating", productRating);
        this.sellerRating = stars("sellerRating", sellerRating);
        if (text != null && text.length() > MAX_TEXT) {
            throw new FieldErrorException("text", "must be at most " + MAX_TEXT + " characters");
        }
        this.text = text == null || text.isBlank() ? null : text;
        if (productIds.isEmpty()) {
            throw new FieldErrorException("productIds", "a review covers at least one product");
        }
        this.productIds.addAll(productIds);
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public long id() {
        return id;
    }

    public long orderId() {
        return orderId;
    }

    public long buyerId() {
        return buyerId;
    }

    public long sellerId() {
        return sellerId;
    }

    public int productRating() {
        return productRating;
    }

    public int sellerRating() {
        return sellerRating;
    }

    /** The buyer's words exactly as written, or null. */
    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The products the product stars went to; only inside the transaction that loaded the review. */
    Set<Long> productIds() {
        return Set.copyOf(productIds);
    }

    private static int stars(String field, int stars) {
        if (stars < 1 || stars > 5) {
            throw new FieldErrorException(field, "must be between 1 and 5");
        }
        return stars;
    }
}
