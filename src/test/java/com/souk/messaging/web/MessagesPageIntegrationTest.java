package com.souk.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.souk.catalog.Product;
import com.souk.identity.Role;
import com.souk.messaging.Conversations;
import com.souk.protection.DisputeScenario;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.support.Api;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import com.souk.workflow.EngineClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** "Messages (3)" in the navigation and the page it leads to: every conversation, newest first, with unread counts. */
@SoukIntegrationTest
class MessagesPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;

    @Autowired
    DisputeScenario scenario;

    @Autowired
    Conversations conversations;

    @Autowired
    EngineClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void theNavigationShowsTheUnreadCountOnceTheOtherPartyWritesAndDropsItWhenRead() throws Exception {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 2_000);

        String before = page(order.buyer(), "/account/orders");
        write(order.seller(), order, "Shipped this morning.");
        write(order.seller(), order, "Tracking is on the order.");
        String unread = page(order.buyer(), "/account/orders");
        page(order.buyer(), "/account/orders/" + order.orderId());
        String read = page(order.buyer(), "/");

        assertThat(before).contains("id=\"nav-messages\"").contains("href=\"/messages\"").doesNotContain("id=\"nav-unread\"");
        assertThat(unread).contains("<span class=\"count\" id=\"nav-unread\">(2)</span>")
                .contains("aria-label=\"Messages, 2 unread\"");
        assertThat(read).contains("id=\"nav-messages\"").doesNotContain("id=\"nav-unread\"");
        assertThat(page(order.seller(), "/")).as("the seller wrote them, nothing waits for the seller")
                .contains("id=\"nav-messages\"").doesNotContain("id=\"nav-unread\"");
    }

    @Test
    void visitorsAndAgentsHaveNoMessagesLink() throws Exception {
        String visitor = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(visitor).doesNotContain("id=\"nav-messages\"");
        assertThat(page("ada", "/")).doesNotContain("id=\"nav-messages\"");
        mvc.perform(get("/messages").with(user(fixtures.user("ada")))).andExpect(status().isForbidden());
    }

    @Test
    void aUserWithoutConversationsSeesTheEmptyState() throws Exception {
        String html = page(fixtures.newUser(Role.BUYER), "/messages");

        assertThat(html).contains("id=\"no-conversations\"").contains("No messages yet.")
                .doesNotContain("id=\"conversations\"");
    }

    @Test
    void theListHoldsOrdersAndQuestionsMostRecentFirstWithWhatIsUnreadAndWhereToAnswer() throws Exception {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 2_000);
        Product vase = fixtures.product(order.seller(), "home", 1_500, 3);
        write(order.buyer(), order, "About my order");
        clock.advance(Duration.ofMinutes(1));
        api.post(order.buyer(), "/api/products/" + vase.id() + "/inquiries", Map.of("text", "About the vase"));
        clock.advance(Duration.ofMinutes(1));
        write(order.seller(), order, "Answer about the order");
        long orderConversation = conversations.ofOrder(order.orderId()).orElseThrow().id();
        long inquiry = conversations.inquiry(vase.id(), fixtures.user(order.buyer()).id()).orElseThrow().id();

        String buyers = page(order.buyer(), "/messages");
        String sellers = page(order.seller(), "/messages");

        assertThat(buyers.indexOf("id=\"conversation-" + orderConversation + "\"")).as("the order moved last")
                .isPositive().isLessThan(buyers.indexOf("id=\"conversation-" + inquiry + "\""));
        assertThat(buyers).contains("Order #" + order.orderId()).contains("Question about " + vase.title())
                .contains("href=\"/account/orders/" + order.orderId() + "#messages\"")
                .contains("href=\"/products/" + vase.id() + "#inquiry\"").contains("with Test " + order.seller())
                .contains("1 unread");
        assertThat(sellers).contains("href=\"/seller/orders/" + order.orderId() + "/messages\"")
                .contains("href=\"/seller/inquiries/" + inquiry + "\"").contains("with Test " + order.buyer())
                .contains("1 unread").contains("id=\"all-inquiries\"");
    }

    private void write(String who, Shipped order, String text) {
        assertThat(api.post(who, "/api/orders/" + order.orderId() + "/messages", Map.of("text", text)).status())
                .isEqualTo(201);
    }

    private String page(String who, String path) throws Exception {
        return mvc.perform(get(path).with(user(fixtures.user(who)))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
