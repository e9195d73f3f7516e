package com.souk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.souk.catalog.ProductListings.ListingChange;
import com.souk.common.ConflictException;
import com.souk.common.Money;
import com.souk.identity.Role;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Products on PostgreSQL: the lookups, and the version that makes a stale edit fail instead of losing a change. */
@SoukIntegrationTest
class ProductsIntegrationTest {

    @Autowired
    Products products;

    @Autowired
    ProductListings listings;

    @Autowired
    StockReservations reservations;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aSellersListingsComeNewestFirstAPageAtATimeWithTheirCount() {
        String seller = fixtures.newUser(Role.SELLER);
        long sellerId = fixtures.user(seller).id();
        Product first = fixtures.product(seller, "home", 1_000, 1);
        Product second = fixtures.product(seller, "home", 2_000, 2);
        Product third = fixtures.product(seller, "books", 3_000, 3);
        fixtures.product("sam", "home", 1_000, 1);

        assertThat(products.ofSeller(sellerId, 0, 2)).extracting(Product::id).containsExactly(third.id(), second.id());
        assertThat(products.ofSeller(sellerId, 1, 2)).extracting(Product::id).containsExactly(first.id());
        assertThat(products.countOfSeller(sellerId)).isEqualTo(3);
        assertThat(products.existsWithTitle(sellerId, second.title())).isTrue();
        assertThat(products.existsWithTitle(fixtures.user("sam").id(), second.title())).isFalse();
    }

    @Test
    void byIdsAnswersTheProductsThatExistInIdOrder() {
        Product a = fixtures.product("sam", "home", 1_000, 1);
        Product b = fixtures.product("sara", "books", 2_000, 1);

        assertThat(products.byIds(List.of(b.id(), Long.MAX_VALUE, a.id(), b.id()))).extracting(Product::id)
                .containsExactly(a.id(), b.id());
        assertThat(products.byIds(List.of())).isEmpty();
        assertThat(products.byId(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void aListingIsStoredAsTheSellerGaveItAndStartsAtVersionZero() {
        long sellerId = fixtures.user(fixtures.newUser(Role.SELLER)).id();
        Product created = listings.create(sellerId, new ProductListings.NewListing(" Teapot ", " Cast iron. ",
                " Home ", 2_490, 4));

        Product stored = products.byId(created.id()).orElseThrow();
        assertThat(stored.title()).isEqualTo("Teapot");
        assertThat(stored.category()).isEqualTo("home");
        assertThat(stored.price()).isEqualTo(Money.of(2_490, "EUR"));
        assertThat(stored.createdAt()).isEqualTo(created.createdAt());
        assertThat(stored.version()).isZero();
    }

    @Test
    void ofTwoEditsMadeOnTheSameVersionTheSecondFails() {
        Product p = fixtures.product("sam", "home", 1_000, 5);

        assertThatThrownBy(() -> inTransaction(() -> {
            Product mine = products.byId(p.id()).orElseThrow();
            inNewTransaction(() -> {
                Product theirs = products.byId(p.id()).orElseThrow();
                theirs.reprice(Money.of(1_500, "EUR"));
                products.save(theirs);
            });
            mine.describe("Edited in another tab");
            products.save(mine);
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);

        Product stored = products.byId(p.id()).orElseThrow();
        assertThat(stored.price()).as("the first edit stays").isEqualTo(Money.of(1_500, "EUR"));
        assertThat(stored.description()).as("the second is not written").isEqualTo("made by a test");
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void aReservationRaisesTheVersionSoAnEditLoadedBeforeItCannotWriteBackTheOldStock() {
        Product p = fixtures.product("sam", "home", 1_000, 5);
        long order = someOrderId();

        assertThatThrownBy(() -> inTransaction(() -> {
            Product loaded = products.byId(p.id()).orElseThrow();
            inNewTransaction(() -> assertThat(reservations.reserve(order, List.of(new StockReservations.Line(p.id(), 2))))
                    .isEmpty());
            assertThat(loaded.stock()).as("the stale copy").isEqualTo(5);
            listings.change(p.sellerId(), p.id(), new ListingChange("Stale edit", null, null));
        })).isInstanceOf(ConflictException.class).hasMessageContaining("changed while you were editing it");

        Product stored = products.byId(p.id()).orElseThrow();
        assertThat(stored.stock()).as("the reservation stands").isEqualTo(3);
        assertThat(stored.description()).isEqualTo("made by a test");
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void reservingAndReleasingEachRaiseTheVersionOnceAndAReplayNeither() {
        Product p = fixtures.product("sara", "books", 2_000, 4);
        long order = someOrderId();
        List<StockReservations.Line> lines = List.of(new StockReservations.Line(p.id(), 1),
                new StockReservations.Line(p.id(), 2));

        assertThat(reservations.reserve(order, lines)).isEmpty();
        assertThat(reservations.reserve(order, lines)).as("a replay").isEmpty();
        assertThat(products.byId(p.id()).orElseThrow()).satisfies(after -> {
            assertThat(after.stock()).isEqualTo(1);
            assertThat(after.version()).isEqualTo(1);
        });

        reservations.release(order);
        reservations.release(order);
        assertThat(products.byId(p.id()).orElseThrow()).satisfies(after -> {
            assertThat(after.stock()).isEqualTo(4);
            assertThat(after.version()).isEqualTo(2);
        });
    }

    @Test
    void aShortageReservesNothingAndLeavesTheVersionAlone() {
        Product plenty = fixtures.product("sam", "home", 1_000, 9);
        Product scarce = fixtures.product("sam", "home", 1_000, 1);

        assertThat(reservations.reserve(someOrderId(), List.of(new StockReservations.Line(plenty.id(), 2),
                new StockReservations.Line(scarce.id(), 2))))
                .hasValue("only 1 of '" + scarce.title() + "' left, 2 ordered");

        assertThat(products.byIds(List.of(plenty.id(), scarce.id()))).extracting(Product::stock, Product::version)
                .containsExactly(tuple(9, 0), tuple(1, 0));
    }

    @Test
    void anEditOnTheCurrentVersionIsWrittenAndRaisesIt() {
        Product p = fixtures.product("sam", "home", 1_000, 5);

        Product changed = listings.change(p.sellerId(), p.id(), new ListingChange(null, 1_250L, 7));

        assertThat(changed.version()).isEqualTo(1);
        assertThat(products.byId(p.id()).orElseThrow()).satisfies(stored -> {
            assertThat(stored.price()).isEqualTo(Money.of(1_250, "EUR"));
            assertThat(stored.stock()).isEqualTo(7);
            assertThat(stored.version()).isEqualTo(1);
        });
        assertThat(listings.change(p.sellerId(), p.id(), new ListingChange(null, null, null)).version())
                .as("nothing to change, nothing written").isEqualTo(1);
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    private void inNewTransaction(Runnable work) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        template.executeWithoutResult(status -> work.run());
    }

    // stock_reservations.order_id has no foreign key: a reservation test needs no order.
    private static long someOrderId() {
        return ThreadLocalRandom.current().nextLong(3_000_000_000L, 4_000_000_000L);
    }
}
