package com.souk.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.catalog.Rating;
import com.souk.catalog.Ratings;
import com.souk.identity.Role;
import com.souk.ordering.OrderEvent;
import com.souk.ordering.OrderStatus;
import com.souk.protection.DisputeScenario;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.protection.DisputeSettlement;
import com.souk.support.Api;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dispute outcomes in the seller's rating: a refund (all or part) counts as a 1-star rating, a rejection in
 * the seller's favour counts nothing; dispute triage does not decide on those stars.
 */
@SoukIntegrationTest
class DisputeOutcomeRatingIntegrationTest {

    private static final long PRICE = 10_000;

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DisputeScenario disputes;

    @Autowired
    Ratings ratings;

    @Autowired
    DisputeSettlement settlement;

    @Test
    void aFullRefundCountsAsAOneStarSellerRating() {
        String seller = fixtures.newUser(Role.SELLER);
        Shipped order = disputes.shippedOrder(seller, "home", PRICE);
        long dispute = disputes.openDispute(order, "NOT_AS_DESCRIBED", PRICE);
        disputes.respond(order, dispute, "ACCEPT_REFUND", null);

        disputes.awaitStatus(order.orderId(), OrderStatus.REFUNDED);

        assertThat(ratings.ofSeller(sellerId(seller))).isEqualTo(new Rating(1, 1));
        assertThat(api.get(null, "/api/products/" + order.product().id()).body().get("sellerRating").asDouble())
                .isEqualTo(1.0);
        assertThat(ratings.ofProduct(order.product().id())).as("the product's own rating is untouched")
                .isEqualTo(Rating.NONE);
    }

    @Test
    void anAcceptedPartialOfferCountsAsAOneStarSellerRatingBesideReviews() {
        String seller = fixtures.newUser(Role.SELLER);
        ratings.rateSeller(sellerId(seller), 5);
        Shipped order = disputes.shippedOrder(seller, "home", PRICE);
        long dispute = disputes.openDispute(order, "NOT_AS_DESCRIBED", PRICE);
        disputes.respond(order, dispute, "OFFER_PARTIAL", 2_000L);
        api.post(order.buyer(), "/api/disputes/" + dispute + "/buyer-answer", Map.of("acceptOffer", true));

        disputes.awaitStatus(order.orderId(), OrderStatus.PARTIALLY_REFUNDED);

        assertThat(ratings.ofSeller(sellerId(seller))).isEqualTo(new Rating(6, 2));
    }

    @Test
    void aDisputeRejectedInTheSellersFavourCountsNothing() {
        String seller = fixtures.newUser(Role.SELLER);
        Shipped order = disputes.shippedOrder(seller, "home", PRICE);
        long dispute = disputes.openDispute(order, "NOT_AS_DESCRIBED", PRICE);
        disputes.respond(order, dispute, "CONTEST", null);
        String task = disputes.awaitTask(dispute);
        api.post("ada", "/api/tasks/" + task + "/claim", null);
        api.post("ada", "/api/tasks/" + task + "/completion", Map.of("outcome", "REJECT", "note", "Delivered."));

        disputes.awaitStatus(order.orderId(), OrderStatus.COMPLETED);

        assertThat(ratings.ofSeller(sellerId(seller))).isEqualTo(Rating.NONE);
    }

    @Test
    void aReplayedSettlementCountsTheDisputeOnce() {
        String seller = fixtures.newUser(Role.SELLER);
        Shipped order = disputes.shippedOrder(seller, "home", PRICE);
        long dispute = disputes.openDispute(order, "NOT_AS_DESCRIBED", PRICE);
        disputes.respond(order, dispute, "ACCEPT_REFUND", null);
        disputes.awaitStatus(order.orderId(), OrderStatus.REFUNDED);

        settlement.settle(dispute, order.orderId(), PRICE, OrderEvent.SELLER_ACCEPTED_REFUND);

        assertThat(ratings.ofSeller(sellerId(seller))).isEqualTo(new Rating(1, 1));
    }

    @Test
    void aRefundLowersTheStarsButTriageStillHandsTheNextContestedClaimToAnAgent() {
        String seller = fixtures.newUser(Role.SELLER);
        Shipped first = disputes.shippedOrder(seller, "home", PRICE);
        disputes.respond(first, disputes.openDispute(first, "NOT_AS_DESCRIBED", PRICE), "ACCEPT_REFUND", null);
        disputes.awaitStatus(first.orderId(), OrderStatus.REFUNDED);
        assertThat(ratings.ofSeller(sellerId(seller))).isEqualTo(new Rating(1, 1));

        Shipped second = disputes.shippedOrder(seller, "home", PRICE);
        long dispute = disputes.openDispute(second, "NOT_AS_DESCRIBED", PRICE);
        disputes.respond(second, dispute, "CONTEST", null);

        assertThat(disputes.awaitTask(dispute))
                .as("dispute-triage.dmn decides on the seller's standing, not on the stars one refund pulled down")
                .isNotNull();
        assertThat(disputes.dispute("ada", dispute).get("status").asText()).isEqualTo("IN_REVIEW");
    }

    @Test
    void triageHandsAContestedClaimAgainstAWellRatedSellerToAnAgent() {
        String seller = fixtures.newUser(Role.SELLER);
        ratings.rateSeller(sellerId(seller), 5);
        Shipped order = disputes.shippedOrder(seller, "home", PRICE);
        long dispute = disputes.openDispute(order, "NOT_AS_DESCRIBED", PRICE);

        disputes.respond(order, dispute, "CONTEST", null);

        assertThat(disputes.awaitTask(dispute)).isNotNull();
        assertThat(disputes.dispute("ada", dispute).get("status").asText()).isEqualTo("IN_REVIEW");
    }

    private long sellerId(String seller) {
        return fixtures.user(seller).id();
    }
}
