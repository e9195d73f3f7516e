package com.souk.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.souk.catalog.Product;
import com.souk.catalog.ProductListings;
import com.souk.catalog.ProductListings.NewListing;
import com.souk.identity.Role;
import com.souk.reviews.ReviewScenario;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import com.souk.workflow.EngineClock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Ratings and reviews on the storefront: the product page's reviews, stars on result cards, sorting by rating. */
@SoukIntegrationTest
class StorefrontReviewsPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProductListings listings;

    @Autowired
    ReviewScenario reviews;

    @Autowired
    EngineClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void aProductNobodyReviewedSaysSoAndSoDoesItsNewSeller() throws Exception {
        Product p = fixtures.product(fixtures.newUser(Role.SELLER), "home", 2_000, 3);

        String html = page("/products/" + p.id());

        assertThat(html).contains("id=\"reviews\"").contains("No reviews yet").contains("No ratings yet")
                .doesNotContain("class=\"review\"");
    }

    @Test
    void theProductPageShowsTheAverageTheSellersRatingAndTheNewestReviewsWithTheirTextEscaped() throws Exception {
        String seller = fixtures.newUser(Role.SELLER);
        Product kettle = fixtures.product(seller, "home", 4_000, 5);
        String first = fixtures.newUser(Role.BUYER);
        String second = fixtures.newUser(Role.BUYER);
        reviews.review(first, reviews.completedOrder(first, seller, List.of(kettle)), 4, 3,
                "Boils fast <script>alert('x')</script>");
        clock.advance(Duration.ofMinutes(5));
        reviews.review(second, reviews.completedOrder(second, seller, List.of(kettle)), 5, 5, null);

        String html = page("/products/" + kettle.id());

        assertThat(html).contains("4.5 ★").contains("from 2 reviews")
                .as("seller: 3 and 5 stars").contains("4.0 ★").contains("from 2 ratings");
        assertThat(html).contains("Boils fast &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert");
        assertThat(html.indexOf("Test " + second)).as("newest first").isPositive()
                .isLessThan(html.indexOf("Test " + first));
        assertThat(html).contains("aria-label=\"5 out of 5 stars\"").contains("★★★★☆")
                .contains("verified purchase");
    }

    @Test
    void reviewsComeFiveAtATimeNewestFirstWithALinkToOlderOnes() throws Exception {
        String seller = fixtures.newUser(Role.SELLER);
        Product lamp = fixtures.product(seller, "home", 1_000, 20);
        String buyer = fixtures.newUser(Role.BUYER);
        for (int i = 1; i <= 6; i++) {
            reviews.review(buyer, reviews.completedOrder(buyer, seller, List.of(lamp)), 4, 4, "review number " + i);
            clock.advance(Duration.ofMinutes(1));
        }

        String newest = page("/products/" + lamp.id());
        String older = page("/products/" + lamp.id() + "?reviews=1");

        assertThat(newest).contains("review number 6").contains("review number 2").doesNotContain("review number 1")
                .contains("from 6 reviews").contains("Page 1 of 2")
                .contains("href=\"/products/" + lamp.id() + "?reviews=1#reviews\"");
        assertThat(older).contains("review number 1").doesNotContain("review number 2").contains("Newer reviews");
        assertThat(page("/products/" + lamp.id() + "?reviews=junk")).contains("review number 6");
    }

    @Test
    void resultCardsShowRatingsAndSortingByRatingPutsTheBestRatedFirst() throws Exception {
        String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String seller = fixtures.newUser(Role.SELLER);
        Product loved = listing(seller, word + " loved");
        Product panned = listing(seller, word + " panned");
        Product unrated = listing(seller, word + " unrated");
        String buyer = fixtures.newUser(Role.BUYER);
        reviews.review(buyer, reviews.completedOrder(buyer, seller, List.of(loved)), 5, 5, null);
        reviews.review(buyer, reviews.completedOrder(buyer, seller, List.of(panned)), 1, 1, null);

        String byRating = page("/products?q=" + word + "&sort=rating");

        assertThat(byRating).contains("<option value=\"rating\" selected=\"selected\">");
        int lovedAt = byRating.indexOf("id=\"product-" + loved.id() + "\"");
        int unratedAt = byRating.indexOf("id=\"product-" + unrated.id() + "\"");
        int pannedAt = byRating.indexOf("id=\"product-" + panned.id() + "\"");
        assertThat(lovedAt).as("5 stars from one (3.18) before unrated (3.00) before 1 star (2.82)").isPositive()
                .isLessThan(unratedAt);
        assertThat(unratedAt).isLessThan(pannedAt);
        String lovedCard = byRating.substring(lovedAt, unratedAt);
        assertThat(lovedCard).contains("5.0 ★").contains("(1)");
        assertThat(byRating.substring(unratedAt, pannedAt)).contains("No reviews yet");
        assertThat(byRating.substring(pannedAt)).contains("1.0 ★");
    }

    private Product listing(String seller, String title) {
        return listings.create(fixtures.user(seller).id(), new NewListing(title, "for a ratings test", "home", 1_500, 5));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
