package com.souk.messaging.web;

import static com.souk.messaging.web.OrderMessageApiIntegrationTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.souk.catalog.Product;
import com.souk.identity.Role;
import com.souk.support.Api;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Questions before buying over HTTP: one conversation per buyer and product, read and written by its two parties. */
@SoukIntegrationTest
class InquiryApiIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Test
    void aBuyerAsksTheProductsSellerWhoAnswersInTheSameConversation() {
        String buyer = fixtures.newUser(Role.BUYER);
        String seller = fixtures.newUser(Role.SELLER);
        Product chair = fixtures.product(seller, "furniture", 20_000, 2);

        Api.Reply asked = ask(buyer, chair, "Is the linen washable?");
        assertThat(asked.status()).as(asked.body().toString()).isEqualTo(201);
        long inquiry = asked.body().get("conversationId").asLong();
        assertThat(asked.header("Location")).endsWith("/api/inquiries/" + inquiry + "/messages");

        JsonNode listed = single(api.get(seller, "/api/inquiries").body());
        assertThat(listed.get("id").asLong()).isEqualTo(inquiry);
        assertThat(listed.get("productId").asLong()).isEqualTo(chair.id());
        assertThat(listed.get("productTitle").asText()).isEqualTo(chair.title());
        assertThat(listed.get("buyerName").asText()).isEqualTo("Test " + buyer);
        assertThat(listed.get("unread").asLong()).isEqualTo(1);
        assertThat(unreadOf(seller)).isEqualTo(1);

        assertThat(api.get(seller, "/api/inquiries/" + inquiry + "/messages").body().get("content")
                .findValuesAsText("text")).containsExactly("Is the linen washable?");
        assertThat(unreadOf(seller)).isZero();
        assertThat(api.post(seller, "/api/inquiries/" + inquiry + "/messages", Map.of("text", "Yes, at 30 degrees."))
                .status()).isEqualTo(201);
        assertThat(unreadOf(buyer)).isEqualTo(1);

        assertThat(ask(buyer, chair, "Thanks!").body().get("conversationId").asLong())
                .as("asking again continues the conversation").isEqualTo(inquiry);
        JsonNode thread = api.get(buyer, "/api/products/" + chair.id() + "/inquiries").body();
        assertThat(thread.get("content").findValuesAsText("text"))
                .containsExactly("Is the linen washable?", "Yes, at 30 degrees.", "Thanks!");
        assertThat(thread.get("content").findValuesAsText("senderRole")).containsExactly("BUYER", "SELLER", "BUYER");
        assertThat(unreadOf(buyer)).isZero();
    }

    @Test
    void eachPartyListsOnlyTheirOwnInquiries() {
        String seller = fixtures.newUser(Role.SELLER);
        Product desk = fixtures.product(seller, "furniture", 30_000, 2);
        String first = fixtures.newUser(Role.BUYER);
        String second = fixtures.newUser(Role.BUYER);
        ask(first, desk, "Height range?");
        ask(second, desk, "Colour?");

        assertThat(api.get(seller, "/api/inquiries").body().findValuesAsText("buyerName"))
                .containsExactlyInAnyOrder("Test " + first, "Test " + second);
        assertThat(api.get(first, "/api/inquiries").body().findValuesAsText("buyerName"))
                .containsExactly("Test " + first);
        assertThat(api.get(fixtures.newUser(Role.SELLER), "/api/inquiries").body()).isEmpty();
        assertThat(api.get(second, "/api/products/" + desk.id() + "/inquiries").body().get("content")
                .findValuesAsText("text")).containsExactly("Colour?");
    }

    @Test
    void nobodyButTheTwoPartiesReadsOrWritesAnInquiry() {
        String buyer = fixtures.newUser(Role.BUYER);
        Product lamp = fixtures.product("sara", "home", 4_000, 2);
        long inquiry = ask(buyer, lamp, "Bulb included?").body().get("conversationId").asLong();
        String path = "/api/inquiries/" + inquiry + "/messages";

        for (String stranger : new String[] {"bob", "sam", "ada", "admin"}) {
            assertThat(api.get(stranger, path).status()).as(stranger).isEqualTo(404);
            assertThat(api.post(stranger, path, Map.of("text", "me too")).status()).as(stranger).isEqualTo(404);
        }
        assertThat(api.get("bob", "/api/products/" + lamp.id() + "/inquiries").body().get("content"))
                .as("another buyer sees only their own, empty conversation").isEmpty();
        assertThat(api.get(null, "/api/products/" + lamp.id() + "/inquiries").status()).isEqualTo(401);
        assertThat(api.post("sara", "/api/products/" + lamp.id() + "/inquiries", Map.of("text", "self"))
                .status()).as("sellers answer by the inquiry's id").isEqualTo(403);
        assertThat(api.get(buyer, path).body().get("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void rejectsBlankAndOverlongQuestionsAndUnknownProducts() {
        String buyer = fixtures.newUser(Role.BUYER);
        Product lamp = fixtures.product("sara", "home", 4_000, 2);

        assertInvalid(ask(buyer, lamp, ""), "must not be blank");
        assertInvalid(ask(buyer, lamp, "x".repeat(2_001)), "at most 2000 characters");
        assertThat(api.get(buyer, "/api/inquiries").body()).isEmpty();
        assertThat(api.post(buyer, "/api/products/" + Long.MAX_VALUE + "/inquiries", Map.of("text", "hi")).status())
                .isEqualTo(404);
        assertThat(api.get(buyer, "/api/products/" + Long.MAX_VALUE + "/inquiries").status()).isEqualTo(404);
    }

    private Api.Reply ask(String buyer, Product product, String text) {
        return api.post(buyer, "/api/products/" + product.id() + "/inquiries", Map.of("text", text));
    }

    private long unreadOf(String user) {
        return api.get(user, "/api/messages/unread").body().get("unread").asLong();
    }

    private static JsonNode single(JsonNode list) {
        assertThat(list).hasSize(1);
        return StreamSupport.stream(list.spliterator(), false).findFirst().orElseThrow();
    }
}
