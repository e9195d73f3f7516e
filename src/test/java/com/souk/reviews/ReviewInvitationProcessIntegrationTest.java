package com.souk.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.ordering.OrderStatus;
import com.souk.protection.DisputeScenario;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.support.Api;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import com.souk.workflow.EngineClock;
import com.souk.workflow.Job;
import com.souk.workflow.JobHandler;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The review part of bpmn/purchase.bpmn: every path that ends COMPLETED invites the buyer, and only those. */
@SoukIntegrationTest
class ReviewInvitationProcessIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DisputeScenario disputes;

    @Autowired
    ReviewScenario scenario;

    @Autowired
    ReviewInvitations invitations;

    @Autowired
    List<JobHandler> handlers;

    @Autowired
    EngineClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void invitesTheBuyerForThirtyDaysWhenTheyConfirmReceipt() {
        Shipped order = disputes.shippedOrderOfANewSeller("electronics", 5_000);
        assertThat(invitations.forOrder(order.orderId())).as("no invitation before completion").isEmpty();

        api.post(order.buyer(), "/api/orders/" + order.orderId() + "/receipt", null);

        Invitation invitation = scenario.awaitInvitation(order.orderId());
        assertThat(invitation.buyerId()).isEqualTo(fixtures.user(order.buyer()).id());
        assertThat(invitation.sellerId()).isEqualTo(fixtures.user(order.seller()).id());
        assertThat(invitation.reviewBy()).as("review-window.dmn gives electronics 30 days")
                .isEqualTo(invitation.invitedAt().plus(Duration.ofDays(30)));
        assertThat(timeline(order)).containsSubsequence("DELIVERY_CONFIRMED", "PAYMENT_RELEASED", "COMPLETED",
                "REVIEW_INVITED");
    }

    @Test
    void givesBooksALongerReviewWindowWhenTheProtectionPeriodRunsOut() {
        Shipped order = disputes.shippedOrderOfANewSeller("books", 3_000);

        clock.advance(Duration.ofDays(16));

        Invitation invitation = scenario.awaitInvitation(order.orderId());
        assertThat(invitation.reviewBy()).as("review-window.dmn gives books 60 days")
                .isEqualTo(invitation.invitedAt().plus(Duration.ofDays(60)));
        assertThat(timeline(order)).contains("AUTO_CONFIRMED", "REVIEW_INVITED");
    }

    @Test
    void invitesTheBuyerWhenAnAgentRejectsTheirDispute() {
        Shipped order = disputes.shippedOrderOfANewSeller("home", 10_000);
        long dispute = disputes.openDispute(order, "NOT_AS_DESCRIBED", 10_000);
        disputes.respond(order, dispute, "CONTEST", null);
        String task = disputes.awaitTask(dispute);
        api.post("ada", "/api/tasks/" + task + "/claim", null);
        api.post("ada", "/api/tasks/" + task + "/completion", Map.of("outcome", "REJECT", "note", "Delivered."));

        disputes.awaitStatus(order.orderId(), OrderStatus.COMPLETED);
        Invitation invitation = scenario.awaitInvitation(order.orderId());

        assertThat(invitation.reviewBy()).isEqualTo(invitation.invitedAt().plus(Duration.ofDays(30)));
        assertThat(timeline(order)).containsSubsequence("AGENT_REJECTED_DISPUTE", "REVIEW_INVITED");
        assertThat(scenario.review(order.buyer(), order.orderId(), 2, 1, "Agent sided with the seller").status())
                .isEqualTo(201);
    }

    @Test
    void doesNotInviteWhenTheDisputeEndsInARefund() {
        Shipped order = disputes.shippedOrderOfANewSeller("home", 10_000);
        long dispute = disputes.openDispute(order, "NOT_AS_DESCRIBED", 10_000);
        disputes.respond(order, dispute, "ACCEPT_REFUND", null);

        disputes.awaitStatus(order.orderId(), OrderStatus.REFUNDED);

        assertThat(invitations.forOrder(order.orderId())).isEmpty();
        assertThat(timeline(order)).doesNotContain("REVIEW_INVITED");
        assertThat(scenario.review(order.buyer(), order.orderId(), 1, 1, "Refunded").status()).isEqualTo(409);
    }

    @Test
    void aRetriedInvitationKeepsTheFirstDeadline() {
        Shipped order = scenario.completedOrder("home", 2_000);
        Invitation first = invitations.forOrder(order.orderId()).orElseThrow();
        JobHandler invite = handlers.stream().filter(h -> h.type().equals("invite-review")).findFirst().orElseThrow();

        clock.advance(Duration.ofDays(2));
        invite.handle(new Job("invite-review", "replay", Map.of("orderId", String.valueOf(order.orderId()),
                "reviewWindow", "P60D"), Map.of()));

        assertThat(invitations.forOrder(order.orderId())).contains(first);
        assertThat(timeline(order).stream().filter("REVIEW_INVITED"::equals)).hasSize(1);
    }

    private List<String> timeline(Shipped order) {
        return api.get(order.buyer(), "/api/orders/" + order.orderId()).body().at("/timeline").findValuesAsText("event");
    }
}
