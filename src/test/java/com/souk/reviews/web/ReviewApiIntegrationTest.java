package com.souk.reviews.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.souk.catalog.Product;
import com.souk.catalog.Rating;
import com.souk.catalog.Ratings;
import com.souk.identity.Role;
import com.souk.protection.DisputeScenario;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.reviews.Invitation;
import com.souk.reviews.ReviewScenario;
import com.souk.support.Api;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import com.souk.workflow.EngineClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Writing and reading reviews over HTTP, every rule answered with the status API.md gives. */
@SoukIntegrationTest
class ReviewApiIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ReviewScenario scenario;

    @Autowired
    DisputeScenario disputes;

    @Autowired
    Ratings ratings;

    @Autowired
    EngineClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void buyerReviewsACompletedOrderAndEachOfItsProductsAndItsSellerAreRated() {
        String buyer = fixtures.newUser(Role.BUYER);
        String seller = fixtures.newUser(Role.SELLER);
        Product lamp = fixtures.product(seller, "home", 3_000, 5);
        Product vase = fixtures.product(seller, "home", 2_000, 5);
        long order = scenario.completedOrder(buyer, seller, List.of(lamp, vase));

        Api.Reply reply = scenario.review(buyer, order, 4, 5, "Both <i>lovely</i>, well packed.");

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        assertThat(reply.header("Location")).endsWith("/api/orders/" + order + "/reviews");
        assertThat(reply.body().get("productRating").asInt()).isEqualTo(4);
        assertThat(reply.body().get("sellerRating").asInt()).isEqualTo(5);
        assertThat(reply.body().get("text").asText()).isEqualTo("Both <i>lovely</i>, well packed.");
        assertThat(ratings.ofProduct(lamp.id())).isEqualTo(new Rating(4, 1));
        assertThat(ratings.ofProduct(vase.id())).isEqualTo(new Rating(4, 1));
        assertThat(ratings.ofSeller(fixtures.user(seller).id())).isEqualTo(new Rating(5, 1));
        JsonNode product = api.get(null, "/api/products/" + vase.id()).body();
        assertThat(product.get("rating").asDouble()).isEqualTo(4.0);
        assertThat(product.get("reviewCount").asLong()).isEqualTo(1);
        assertThat(product.get("sellerRating").asDouble()).isEqualTo(5.0);
        JsonNode listed = api.get(null, "/api/products/" + lamp.id() + "/reviews").body();
        assertThat(listed.at("/content/0/text").asText()).isEqualTo("Both <i>lovely</i>, well packed.");
        assertThat(listed.at("/content/0/reviewerName").asText()).isEqualTo("Test " + buyer);
        assertThat(listed.at("/content/0").has("orderId")).as("a product page does not show order ids").isFalse();
    }

    @Test
    void takesOneReviewPerOrderOnly() {
        Shipped order = scenario.completedOrder("books", 2_000);
        assertThat(scenario.review(order.buyer(), order.orderId(), 5, 5, "Great").status()).isEqualTo(201);

        Api.Reply again = scenario.review(order.buyer(), order.orderId(), 1, 1, "Changed my mind");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("detail").asText()).contains("already been reviewed");
        assertThat(ratings.ofProduct(order.product().id())).isEqualTo(new Rating(5, 1));
        assertThat(api.get(null, "/api/products/" + order.product().id() + "/reviews").body()
                .get("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void refusesAReviewBeforeTheOrderIsCompleted() {
        Shipped order = disputes.shippedOrderOfANewSeller("home", 2_000);

        Api.Reply reply = scenario.review(order.buyer(), order.orderId(), 5, 5, "Too early");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body().get("detail").asText()).contains("Only completed orders").contains("SHIPPED");
        assertThat(ratings.ofProduct(order.product().id())).isEqualTo(Rating.NONE);
    }

    @Test
    void refusesAReviewOnceTheReviewWindowHasClosed() {
        Shipped order = scenario.completedOrder("home", 2_000);
        Invitation invitation = scenario.awaitInvitation(order.orderId());

        clock.advance(Duration.ofDays(31));
        Api.Reply reply = scenario.review(order.buyer(), order.orderId(), 5, 5, "Late");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body().get("detail").asText()).contains("review window")
                .contains(invitation.reviewBy().toString());
        assertThat(ratings.ofProduct(order.product().id())).isEqualTo(Rating.NONE);
        assertThat(api.get(order.buyer(), "/api/orders/" + order.orderId() + "/reviews").body().get("open")
                .asBoolean()).isFalse();
    }

    @Test
    void showsTheOrdersInvitationAndReviewToItsParties() {
        Shipped order = scenario.completedOrder("home", 2_000);
        JsonNode before = api.get(order.buyer(), "/api/orders/" + order.orderId() + "/reviews").body();
        assertThat(before.get("open").asBoolean()).isTrue();
        assertThat(Instant.parse(before.get("reviewBy").asText()))
                .isEqualTo(Instant.parse(before.get("invitedAt").asText()).plus(Duration.ofDays(30)));
        assertThat(before.has("review")).isFalse();

        scenario.review(order.buyer(), order.orderId(), 3, 4, null);

        JsonNode after = api.get(order.seller(), "/api/orders/" + order.orderId() + "/reviews").body();
        assertThat(after.get("open").asBoolean()).isFalse();
        assertThat(after.at("/review/productRating").asInt()).isEqualTo(3);
        assertThat(after.at("/review/orderId").asLong()).isEqualTo(order.orderId());
        assertThat(after.at("/review").has("text")).as("a review may be stars only").isFalse();
        assertThat(api.get("bob", "/api/orders/" + order.orderId() + "/reviews").status()).isEqualTo(404);
    }

    @Test
    void anotherBuyerCannotReviewTheOrderAndLearnsNothingAboutIt() {
        Shipped order = scenario.completedOrder("home", 2_000);

        Api.Reply reply = scenario.review("bob", order.orderId(), 1, 1, "Not mine");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body().get("detail").asText()).isEqualTo("You have no order " + order.orderId() + ".");
        assertThat(scenario.review(order.seller(), order.orderId(), 5, 5, "Own goods").status()).isEqualTo(403);
        assertThat(api.post(null, "/api/orders/" + order.orderId() + "/reviews",
                Map.of("productRating", 5, "sellerRating", 5)).status()).isEqualTo(401);
        assertThat(ratings.ofProduct(order.product().id())).isEqualTo(Rating.NONE);
    }

    @Test
    void rejectsRatingsOutsideOneToFiveAndOverlongText() {
        Shipped order = scenario.completedOrder("home", 2_000);
        String path = "/api/orders/" + order.orderId() + "/reviews";

        assertInvalid(scenario.review(order.buyer(), order.orderId(), 0, 5, "x"), "productRating");
        assertInvalid(scenario.review(order.buyer(), order.orderId(), 5, 6, "x"), "sellerRating");
        assertInvalid(scenario.review(order.buyer(), order.orderId(), null, null, "x"), "productRating",
                "sellerRating");
        Api.Reply tooLong = scenario.review(order.buyer(), order.orderId(), 5, 5, "x".repeat(2_001));
        assertInvalid(tooLong, "text");
        assertThat(tooLong.body().at("/errors/0/message").asText()).contains("2000");
        assertThat(api.post(order.buyer(), path, Map.of("productRating", 4.5, "sellerRating", 5)).status())
                .as("half stars are no integer").isEqualTo(400);

        assertThat(scenario.review(order.buyer(), order.orderId(), 5, 5, "x".repeat(2_000)).status()).isEqualTo(201);
    }

    @Test
    void listsAProductsReviewsNewestFirstPageByPage() {
        String seller = fixtures.newUser(Role.SELLER);
        Product kettle = fixtures.product(seller, "home", 4_000, 5);
        String first = fixtures.newUser(Role.BUYER);
        String second = fixtures.newUser(Role.BUYER);
        scenario.review(first, scenario.completedOrder(first, seller, List.of(kettle)), 2, 3, "first");
        clock.advance(Duration.ofMinutes(1));
        scenario.review(second, scenario.completedOrder(second, seller, List.of(kettle)), 4, 5, "second");

        JsonNode all = api.get(null, "/api/products/" + kettle.id() + "/reviews").body();
        assertThat(all.get("content").findValuesAsText("text")).containsExactly("second", "first");
        assertThat(all.get("totalElements").asLong()).isEqualTo(2);

        JsonNode page = api.get(null, "/api/products/" + kettle.id() + "/reviews?size=1&page=1").body();
        assertThat(page.get("content").findValuesAsText("text")).containsExactly("first");
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(ratings.ofProduct(kettle.id())).isEqualTo(new Rating(6, 2));
        assertThat(api.get(null, "/api/products/" + kettle.id()).body().get("rating").asDouble()).isEqualTo(3.0);
    }

    @Test
    void rejectsReviewsOfAnUnknownProductAndBadPaging() {
        assertThat(api.get(null, "/api/products/" + Long.MAX_VALUE + "/reviews").status()).isEqualTo(404);
        Product product = fixtures.product("sam", "home", 1_000, 1);
        assertInvalid(api.get(null, "/api/products/" + product.id() + "/reviews?size=0"), "size");
        assertInvalid(api.get(null, "/api/products/" + product.id() + "/reviews?page=-1"), "page");
        assertThat(api.get(null, "/api/products/" + product.id() + "/reviews").body().get("content")).isEmpty();
    }

    private static void assertInvalid(Api.Reply reply, String... fields) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(fields);
    }
}
