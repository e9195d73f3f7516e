package com.souk.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.souk.identity.Role;
import com.souk.identity.SoukUser;
import com.souk.messaging.UnreadMessages;
import com.souk.protection.DisputeScenario;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.support.Api;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The conversation with the seller on the buyer's order page: reading, writing, refusals, paging, who may. */
@SoukIntegrationTest
class BuyerOrderMessagesPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;

    @Autowired
    DisputeScenario scenario;

    @Autowired
    UnreadMessages unread;

    @Test
    void anOrderWithoutMessagesInvitesTheBuyerToWriteToTheSeller() throws Exception {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 2_000);

        String html = page(buyer(order), "/account/orders/" + order.orderId());

        assertThat(html).contains("id=\"messages\"").contains("Messages with Test " + order.seller())
                .contains("No messages yet.").contains("action=\"/account/orders/" + order.orderId() + "/messages\"")
                .contains("Write to the seller");
    }

    @Test
    void theBuyerWritesAndSeesTheConversationOldestFirstWithSenderTimeAndTextEscaped() throws Exception {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 2_000);

        mvc.perform(write(order.buyer(), order, "Is it <b>boxed</b> & insured?"))
                .andExpect(redirectedUrl("/account/orders/" + order.orderId() + "#messages"))
                .andExpect(flash().attribute("notice", "Message sent to the seller."));
        api.post(order.seller(), "/api/orders/" + order.orderId() + "/messages", Map.of("text", "Yes, both."));
        String html = page(buyer(order), "/account/orders/" + order.orderId());

        assertThat(html).contains("Is it &lt;b&gt;boxed&lt;/b&gt; &amp; insured?").doesNotContain("<b>boxed</b>");
        assertThat(html.indexOf("Is it &lt;b&gt;boxed")).isLessThan(html.indexOf("Yes, both."));
        assertThat(html).contains("Test " + order.buyer()).contains("(buyer)").contains("(seller)").contains(" UTC</time>");
        JsonNode thread = api.get(order.seller(), "/api/orders/" + order.orderId() + "/messages").body();
        assertThat(thread.get("content").findValuesAsText("text"))
                .containsExactly("Is it <b>boxed</b> & insured?", "Yes, both.");
    }

    @Test
    void aBlankOrOverlongMessageIsRefusedBesideTheFormAndKeepsTheText() throws Exception {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 2_000);
        String tooLong = "y".repeat(2_001);

        MvcResult blank = mvc.perform(write(order.buyer(), order, "   "))
                .andExpect(redirectedUrl("/account/orders/" + order.orderId() + "#messages")).andReturn();
        MvcResult longOne = mvc.perform(write(order.buyer(), order, tooLong)).andReturn();
        String shown = mvc.perform(get("/account/orders/" + order.orderId()).with(user(buyer(order)))
                .flashAttrs(longOne.getFlashMap())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(blank.getFlashMap().get("messageError")).isEqualTo("Your message must not be blank.");
        assertThat(shown).contains("id=\"message-text-error\"")
                .contains("Your message must be at most 2000 characters, not 2001.").contains(">" + tooLong + "</textarea>");
        assertThat(api.get(order.buyer(), "/api/orders/" + order.orderId() + "/messages").body()
                .get("totalElements").asLong()).isZero();
    }

    @Test
    void theConversationOpensOnItsNewestPageWithALinkToOlderMessages() throws Exception {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 2_000);
        for (int i = 1; i <= OrderPage.MESSAGES_PER_PAGE + 1; i++) {
            api.post(i % 2 == 0 ? order.seller() : order.buyer(), "/api/orders/" + order.orderId() + "/messages",
                    Map.of("text", "message number " + i + "."));
        }

        String newest = page(buyer(order), "/account/orders/" + order.orderId());
        String oldest = page(buyer(order), "/account/orders/" + order.orderId() + "?messages=0");

        assertThat(newest).contains("message number 21.").doesNotContain("message number 20.")
                .contains("Page 2 of 2").contains("href=\"/account/orders/" + order.orderId() + "?messages=0#messages\"");
        assertThat(oldest).contains("message number 1.").contains("message number 20.")
                .doesNotContain("message number 21.").contains("Newer messages");
    }

    @Test
    void showingTheConversationMarksTheSellersMessagesRead() throws Exception {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 2_000);
        api.post(order.seller(), "/api/orders/" + order.orderId() + "/messages", Map.of("text", "Shipped today."));
        SoukUser buyer = buyer(order);
        assertThat(unread.unreadFor(buyer)).isEqualTo(1);

        page(buyer, "/account/orders/" + order.orderId());

        assertThat(unread.unreadFor(buyer)).isZero();
    }

    @Test
    void anotherBuyerNeitherReadsNorWritesTheConversation() throws Exception {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 2_000);
        api.post(order.buyer(), "/api/orders/" + order.orderId() + "/messages", Map.of("text", "Private question"));
        String stranger = fixtures.newUser(Role.BUYER);

        String page = mvc.perform(get("/account/orders/" + order.orderId()).with(user(fixtures.user(stranger))))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        mvc.perform(write(stranger, order, "Let me in")).andExpect(status().isNotFound());
        mvc.perform(write(order.seller(), order, "Sellers answer elsewhere")).andExpect(status().isForbidden());

        assertThat(page).contains("Not found").doesNotContain("Private question");
        assertThat(api.get(order.buyer(), "/api/orders/" + order.orderId() + "/messages").body()
                .get("content").findValuesAsText("text")).containsExactly("Private question");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder write(String who,
            Shipped order, String text) {
        return post("/account/orders/" + order.orderId() + "/messages").with(user(fixtures.user(who))).with(csrf())
                .param("text", text);
    }

    private SoukUser buyer(Shipped order) {
        return fixtures.user(order.buyer());
    }

    private String page(SoukUser who, String path) throws Exception {
        return mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
