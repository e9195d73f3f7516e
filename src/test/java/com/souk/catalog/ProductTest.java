package com.souk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.souk.common.FieldErrorException;
import com.souk.common.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The Product aggregate: what a new listing and each change accept, and what they refuse. */
class ProductTest {

    static final Instant NOW = Instant.parse("2030-03-01T10:00:00.123456789Z");

    @Test
    void aNewListingIsTrimmedWithItsCategoryInLowerCase() {
        Product p = Product.list(7, "  Brass lamp ", " Warm light. ", " Home ", Money.of(4_250, "EUR"), 3, NOW);

        assertThat(p.sellerId()).isEqualTo(7);
        assertThat(p.title()).isEqualTo("Brass lamp");
        assertThat(p.description()).isEqualTo("Warm light.");
        assertThat(p.category()).isEqualTo("home");
        assertThat(p.price()).isEqualTo(Money.of(4_250, "EUR"));
        assertThat(p.stock()).isEqualTo(3);
        assertThat(p.createdAt()).as("to the microsecond the database keeps")
                .isEqualTo(Instant.parse("2030-03-01T10:00:00.123456Z"));
        assertThat(p.listedBy(7)).isTrue();
        assertThat(p.listedBy(8)).isFalse();
    }

    @Test
    void aNewListingNeedsATitleADescriptionAndACategoryOfBoundedLength() {
        assertRefused(() -> Product.list(7, " ", "d", "home", Money.of(100, "EUR"), 1, NOW), "title");
        assertRefused(() -> Product.list(7, null, "d", "home", Money.of(100, "EUR"), 1, NOW), "title");
        assertRefused(() -> Product.list(7, "x".repeat(201), "d", "home", Money.of(100, "EUR"), 1, NOW), "title");
        assertRefused(() -> Product.list(7, "Lamp", "", "home", Money.of(100, "EUR"), 1, NOW), "description");
        assertRefused(() -> Product.list(7, "Lamp", "d", "\t", Money.of(100, "EUR"), 1, NOW), "category");
        assertRefused(() -> Product.list(7, "Lamp", "d", "c".repeat(65), Money.of(100, "EUR"), 1, NOW), "category");
        assertThat(Product.list(7, "x".repeat(200), "d".repeat(5000), "c".repeat(64), Money.of(1, "EUR"), 0, NOW)
                .title()).hasSize(200);
    }

    @Test
    void aNewListingNeedsAPositivePriceUpToAMillionAndNoNegativeStock() {
        assertRefused(() -> Product.list(7, "Lamp", "d", "home", Money.of(0, "EUR"), 1, NOW), "price");
        assertRefused(() -> Product.list(7, "Lamp", "d", "home", Money.of(-5, "EUR"), 1, NOW), "price");
        assertRefused(() -> Product.list(7, "Lamp", "d", "home", Money.of(100_000_001, "EUR"), 1, NOW), "price");
        assertRefused(() -> Product.list(7, "Lamp", "d", "home", Money.of(100, "EUR"), -1, NOW), "stock");
        assertThat(Product.list(7, "Lamp", "d", "home", Money.of(100_000_000, "EUR"), 0, NOW).stock()).isZero();
    }

    @Test
    void theSellerChangesDescriptionPriceAndStock() {
        Product p = lamp();

        p.describe("  Now with a dimmer. ");
        p.reprice(Money.of(3_990, "EUR"));
        p.restock(0);

        assertThat(p.description()).isEqualTo("Now with a dimmer.");
        assertThat(p.price()).isEqualTo(Money.of(3_990, "EUR"));
        assertThat(p.stock()).isZero();
        assertThat(p.title()).as("unchanged").isEqualTo("Lamp");
    }

    @Test
    void aChangeTheListingMayNotHaveIsRefusedAndChangesNothing() {
        Product p = lamp();

        assertRefused(() -> p.describe(" "), "description");
        assertRefused(() -> p.describe("d".repeat(5001)), "description");
        assertRefused(() -> p.reprice(Money.of(0, "EUR")), "price");
        assertRefused(() -> p.reprice(Money.of(100_000_001, "EUR")), "price");
        assertThatThrownBy(() -> p.reprice(Money.of(500, "USD"))).isInstanceOf(FieldErrorException.class)
                .hasMessage("price: must be in EUR, the currency of the listing");
        assertRefused(() -> p.restock(-1), "stock");

        assertThat(p.description()).isEqualTo("Warm light.");
        assertThat(p.price()).isEqualTo(Money.of(4_250, "EUR"));
        assertThat(p.stock()).isEqualTo(3);
    }

    private static Product lamp() {
        return Product.list(7, "Lamp", "Warm light.", "home", Money.of(4_250, "EUR"), 3, NOW);
    }

    private static void assertRefused(Runnable change, String field) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(FieldErrorException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo(field)));
    }
}
