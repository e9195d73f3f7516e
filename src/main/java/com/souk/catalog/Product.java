package com.souk.catalog;

import com.souk.common.FieldErrorException;
import com.souk.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A listing of one seller: what it is, what it costs and how many are in stock (table products). A seller changes
 * it through the methods here, which refuse what the listing may not be. Stock also moves through
 * {@link StockReservations}, in SQL that raises the version as well, so an edit made on a stale copy fails
 * instead of writing back a stock figure a reservation has changed meanwhile.
 */
@Entity
@Table(name = "products")
public class Product {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 5000;
    static final int MAX_CATEGORY = 64;
    /** One million in major units, as much as the listing form and the API accept. */
    static final long MAX_PRICE_MINOR = 100_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seller_id", updatable = false)
    private long sellerId;

    @Column(updatable = false)
    private String title;

    private String description;

    @Column(updatable = false)
    private String category;

    @Column(name = "price_minor")
    private long priceMinor;

    @Column(updatable = false)
    private String currency;

    private int stock;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Product() {
    }

    /**
     * A new listing: title, description and category trimmed, the category in lower case.
     *
     * @throws FieldErrorException naming the first field the listing may not have as given
     */
    static Product list(long sellerId, String title, String description, String category, Money price, int stock,
            Instant now) {
        Product p = new Product();
        p.sellerId = sellerId;
        p.title = text("title", title, MAX_TITLE);
        p.description = text("description", description, MAX_DESCRIPTION);
        p.category = text("category", category, MAX_CATEGORY).toLowerCase(Locale.ROOT);
        p.currency = price.currency();
        p.priceMinor = price(price.amountMinor());
        p.stock = stock(stock);
        p.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        return p;
    }

    /** Replaces the description, trimmed. */
    void describe(String description) {
        this.description = text("description", description, MAX_DESCRIPTION);
    }

    /** A new price, in the currency the product is listed in. */
    void reprice(Money price) {
        if (!price.currency().equals(currency)) {
            throw new FieldErrorException("price", "must be in " + currency + ", the currency of the listing");
        }
        this.priceMinor = price(price.amountMinor());
    }

    /** How many the seller has now; reservations already taken are not counted in. */
    void restock(int stock) {
        this.stock = stock(stock);
    }

    public boolean listedBy(long userId) {
        return sellerId == userId;
    }

    public long id() {
        return id;
    }

    public long sellerId() {
        return sellerId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String category() {
        return category;
    }

    public Money price() {
        return Money.of(priceMinor, currency);
    }

    public int stock() {
        return stock;
    }

    public Instant createdAt() {
        return createdAt;
    }

    int version() {
        return version;
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new FieldErrorException(field, "must not be blank");
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw new FieldErrorException(field, "must be at most " + max + " characters");
        }
        return trimmed;
    }

    private static long price(long minor) {
        if (minor <= 0 || minor > MAX_PRICE_MINOR) {
            throw new FieldErrorException("price", "must be more than 0 and at most 1000000.00");
        }
        return minor;
    }

    private static int stock(int stock) {
        if (stock < 0) {
            throw new FieldErrorException("stock", "must be 0 or more");
        }
        return stock;
    }
}
