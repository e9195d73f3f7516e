package com.souk.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.souk.identity.Role;
import com.souk.messaging.UnreadMessages;
import com.souk.protection.DisputeScenario;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.support.Api;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An order's conversation over HTTP: its buyer and seller write, agents read during a dispute, others see nothing. */
@SoukIntegrationTest
class OrderMessageApiIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DisputeScenario scenario;

    @Autowired
    UnreadMessages unread;

    @Test
    void buyerAndSellerConverseOldestFirstWithTheTextKeptAsWritten() {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 3_000);
        String markup = "Is it <script>alert('x')</script> &amp; \"boxed\"?  ";

        Api.Reply asked = write(order.buyer(), order, markup);
        Api.Reply answered = write(order.seller(), order, "Yes, double boxed.");

        assertThat(asked.status()).as(asked.body().toString()).isEqualTo(201);
        assertThat(asked.body().get("senderRole").asText()).isEqualTo("BUYER");
        assertThat(answered.status()).isEqualTo(201);
        assertThat(answered.body().get("senderRole").asText()).isEqualTo("SELLER");
        JsonNode thread = read(order.buyer(), order, "").body();
        assertThat(thread.get("content").findValuesAsText("text")).containsExactly(markup, "Yes, double boxed.");
        assertThat(thread.get("content").findValuesAsText("senderName"))
                .containsExactly("Test " + order.buyer(), "Test " + order.seller());
        assertThat(thread.get("conversationId").asLong()).isEqualTo(asked.body().get("conversationId").asLong());
        assertThat(read(order.seller(), order, "").body().get("totalElements").asLong()).isEqualTo(2);
    }

    @Test
    void anOrderWithoutMessagesHasAnEmptyConversation() {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 3_000);

        JsonNode thread = read(order.seller(), order, "").body();

        assertThat(thread.get("content")).isEmpty();
        assertThat(thread.get("totalElements").asLong()).isZero();
        assertThat(thread.has("conversationId")).isFalse();
    }

    @Test
    void pagesThroughTheConversationOldestFirst() {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 3_000);
        for (String text : new String[] {"one", "two", "three"}) {
            write(order.buyer(), order, text);
        }

        JsonNode first = read(order.seller(), order, "?size=2").body();
        JsonNode second = read(order.seller(), order, "?size=2&page=1").body();

        assertThat(first.get("content").findValuesAsText("text")).containsExactly("one", "two");
        assertThat(second.get("content").findValuesAsText("text")).containsExactly("three");
        assertThat(first.get("totalPages").asInt()).isEqualTo(2);
        assertThat(read(order.seller(), order, "?size=101").status()).isEqualTo(400);
    }

    @Test
    void countsUnreadMessagesUntilTheOtherPartyReadsTheConversation() {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 3_000);
        write(order.buyer(), order, "Hello?");
        write(order.buyer(), order, "Anyone there?");

        assertThat(unreadOf(order.seller())).isEqualTo(2);
        assertThat(unreadOf(order.buyer())).as("one's own messages are never unread").isZero();
        assertThat(unread.unreadFor(fixtures.user(order.seller()))).as("the count the pages show").isEqualTo(2);

        read(order.seller(), order, "");
        assertThat(unreadOf(order.seller())).isZero();

        write(order.seller(), order, "Here, shipped yesterday.");
        assertThat(unreadOf(order.buyer())).isEqualTo(1);
        assertThat(unreadOf(order.seller())).isZero();
    }

    @Test
    void nobodyButTheBuyerAndTheSellerSeesTheConversationOfAnOrderWithoutDispute() {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 3_000);
        write(order.buyer(), order, "Private");

        for (String stranger : new String[] {"bob", "sam", "ada", "admin", fixtures.newUser(Role.BUYER)}) {
            Api.Reply reply = read(stranger, order, "");
            assertThat(reply.status()).as(stranger).isEqualTo(404);
            assertThat(reply.body().get("detail").asText()).isEqualTo("You have no order " + order.orderId() + ".");
        }
        assertThat(write("bob", order, "Let me in").status()).isEqualTo(404);
        assertThat(write("sam", order, "Let me in").status()).isEqualTo(404);
        assertThat(api.get(null, "/api/orders/" + order.orderId() + "/messages").status()).isEqualTo(401);
        assertThat(read(order.buyer(), order, "").body().get("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void agentsReadButDoNotWriteTheConversationOfADisputedOrder() {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 3_000);
        write(order.buyer(), order, "It arrived broken.");
        scenario.openDispute(order, "NOT_AS_DESCRIBED", 3_000);

        Api.Reply agentRead = read("ada", order, "");
        assertThat(agentRead.status()).isEqualTo(200);
        assertThat(agentRead.body().get("content").findValuesAsText("text")).containsExactly("It arrived broken.");

        Api.Reply agentWrite = write("ada", order, "Agent here");
        assertThat(agentWrite.status()).isEqualTo(403);
        assertThat(read(order.buyer(), order, "").body().get("totalElements").asLong()).isEqualTo(1);
        assertThat(unreadOf(order.seller())).as("an agent reading marks nothing read for the parties").isEqualTo(1);
        assertThat(read("admin", order, "").status()).isEqualTo(404);
    }

    @Test
    void rejectsBlankAndOverlongMessagesWithAClearMessage() {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 3_000);

        assertInvalid(write(order.buyer(), order, "   "), "must not be blank");
        assertInvalid(write(order.buyer(), order, null), "must not be blank");
        assertInvalid(write(order.buyer(), order, "x".repeat(2_001)), "at most 2000 characters");
        assertThat(read(order.buyer(), order, "").body().get("totalElements").asLong()).isZero();

        assertThat(write(order.buyer(), order, "x".repeat(2_000)).status()).isEqualTo(201);
        assertThat(api.post(order.buyer(), "/api/orders/" + Long.MAX_VALUE + "/messages", Map.of("text", "hi"))
                .status()).isEqualTo(404);
    }

    private Api.Reply write(String user, Shipped order, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        return api.post(user, "/api/orders/" + order.orderId() + "/messages", body);
    }

    private Api.Reply read(String user, Shipped order, String query) {
        return api.get(user, "/api/orders/" + order.orderId() + "/messages" + query);
    }

    private long unreadOf(String user) {
        return api.get(user, "/api/messages/unread").body().get("unread").asLong();
    }

    static void assertInvalid(Api.Reply reply, String message) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().at("/errors/0/field").asText()).isEqualTo("text");
        assertThat(reply.body().at("/errors/0/message").asText()).contains(message);
    }
}
