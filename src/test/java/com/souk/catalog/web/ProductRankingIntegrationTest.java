package com.souk.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.souk.catalog.Product;
import com.souk.catalog.ProductListings;
import com.souk.catalog.ProductListings.NewListing;
import com.souk.catalog.Ratings;
import com.souk.identity.Role;
import com.souk.support.Api;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Ratings on the product API and search ranked by their Bayesian average (prior 3 stars weighing as 10
 * ratings). Each test lists its products in a category or with a word of its own, so the order is known.
 */
@SoukIntegrationTest
class ProductRankingIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Ratings ratings;

    @Autowired
    ProductListings listings;

    @Test
    void sortsByRatingSoThatManyGoodReviewsOutrankOnePerfectReview() {
        String category = "rank-" + unique();
        Product manyGood = rated(fixtures.product("sam", category, 1_000, 1), 160, 5, 40, 4);     // 4.8 x 200 -> 4.71
        Product onePerfect = rated(fixtures.product("sam", category, 1_000, 1), 1, 5, 0, 1);      // 5.0 x 1 -> 3.18
        Product solid = rated(fixtures.product("sara", category, 1_000, 1), 20, 4, 0, 1);         // 4.0 x 20 -> 3.67
        Product unrated = fixtures.product("sara", category, 1_000, 1);                           // -> 3.00
        Product poor = rated(fixtures.product("sam", category, 1_000, 1), 5, 2, 0, 1);            // 2.0 x 5 -> 2.67

        List<Long> expected = List.of(manyGood.id(), solid.id(), onePerfect.id(), unrated.id(), poor.id());
        assertThat(ids(api.get(null, "/api/products?sort=rating&category=" + category))).isEqualTo(expected);
        assertThat(ids(api.get(null, "/api/products?sort=relevance&category=" + category)))
                .as("without a search text relevance is the rating alone").isEqualTo(expected);
        assertThat(ids(api.get(null, "/api/products?sort=rating&size=2&page=1&category=" + category)))
                .containsExactly(onePerfect.id(), unrated.id());
    }

    @Test
    void relevanceBlendsWhereTheWordsMatchWithTheRating() {
        String word = "zr" + unique();
        long seller = fixtures.user("sam").id();
        Product titleUnrated = listings.create(seller, listing("Lamp " + word, "plain"));
        Product descriptionLoved = rated(listings.create(seller, listing("Lamp " + unique(), "a " + word + " lamp")),
                160, 5, 40, 4);
        Product titlePanned = rated(listings.create(seller, listing("Lamp " + word + " deluxe", "plain")), 15, 1, 15, 2);

        assertThat(ids(api.get(null, "/api/products?sort=relevance&q=" + word)))
                .as("title x2 at 3.00 = 6.00, description at 4.71, title x2 at 1.50 x 30 reviews = 3.75")
                .containsExactly(titleUnrated.id(), descriptionLoved.id(), titlePanned.id());
        assertThat(ids(api.get(null, "/api/products?sort=rating&q=" + word)))
                .containsExactly(descriptionLoved.id(), titleUnrated.id(), titlePanned.id());
    }

    @Test
    void showsAverageAndCountOfTheProductAndTheSellersRating() {
        String seller = fixtures.newUser(Role.SELLER);
        Product product = rated(fixtures.product(seller, "home", 2_500, 3), 3, 5, 1, 3);
        ratings.rateSeller(fixtures.user(seller).id(), 4);
        ratings.rateSeller(fixtures.user(seller).id(), 5);
        ratings.rateSeller(fixtures.user(seller).id(), 5);

        JsonNode one = api.get(null, "/api/products/" + product.id()).body();
        assertThat(one.get("rating").asDouble()).isEqualTo(4.5);
        assertThat(one.get("reviewCount").asLong()).isEqualTo(4);
        assertThat(one.get("sellerRating").asDouble()).as("14 / 3 to two decimals").isEqualTo(4.67);

        JsonNode listed = api.get(null, "/api/products?category=home&q=" + product.title()).body().at("/content/0");
        assertThat(listed.get("id").asLong()).isEqualTo(product.id());
        assertThat(listed.get("rating").asDouble()).isEqualTo(4.5);
        assertThat(listed.get("reviewCount").asLong()).isEqualTo(4);
        assertThat(listed.get("sellerRating").asDouble()).isEqualTo(4.67);
    }

    @Test
    void aProductNobodyRatedHasACountOfZeroAndNoAverage() {
        String seller = fixtures.newUser(Role.SELLER);
        Product product = fixtures.product(seller, "home", 2_500, 3);

        JsonNode one = api.get(null, "/api/products/" + product.id()).body();

        assertThat(one.get("reviewCount").asLong()).isZero();
        assertThat(one.has("rating")).isFalse();
        assertThat(one.has("sellerRating")).isFalse();
    }

    /** Adds {@code n} ratings of {@code stars} and {@code m} of {@code otherStars} through the catalog's service. */
    private Product rated(Product product, int n, int stars, int m, int otherStars) {
        for (int i = 0; i < n; i++) {
            ratings.rateProducts(List.of(product.id()), stars);
        }
        for (int i = 0; i < m; i++) {
            ratings.rateProducts(List.of(product.id()), otherStars);
        }
        return product;
    }

    private static NewListing listing(String title, String description) {
        return new NewListing(title, description, "home", 1_000, 1);
    }

    private static List<Long> ids(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        reply.body().get("content").forEach(p -> ids.add(p.get("id").asLong()));
        return ids;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
