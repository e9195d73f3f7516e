package com.souk.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.souk.identity.Role;
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

/** An order's conversation page: the seller reads and answers; agents read during a dispute; nobody else gets in. */
@SoukIntegrationTest
class OrderConversationPageIntegrationTest {

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
    void theSellerReadsTheBuyersMessageAndAnswersIt() throws Exception {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 2_500);
        buyerWrites(order, "Could you send it <i>gift-wrapped</i>?");
        assertThat(unread.unreadFor(fixtures.user(order.seller()))).isEqualTo(1);

        String html = page(order.seller(), "/seller/orders/" + order.orderId() + "/messages");
        mvc.perform(post("/seller/orders/" + order.orderId() + "/messages").with(user(fixtures.user(order.seller())))
                        .with(csrf()).param("text", "Of course."))
                .andExpect(redirectedUrl("/seller/orders/" + order.orderId() + "/messages#message-form"))
                .andExpect(flash().attribute("notice", "Message sent."));

        assertThat(html).contains("Messages about order <span>#" + order.orderId() + "</span>")
                .contains("Between Test " + order.buyer() + " (buyer) and Test " + order.seller() + " (seller)")
                .contains("1 × " + order.product().title())
                .contains("Could you send it &lt;i&gt;gift-wrapped&lt;/i&gt;?")
                .contains("action=\"/seller/orders/" + order.orderId() + "/messages\"").contains("name=\"_csrf\"")
                .contains("href=\"/seller/orders/" + order.orderId() + "\"");
        assertThat(unread.unreadFor(fixtures.user(order.seller()))).as("shown is read").isZero();
        assertThat(unread.unreadFor(fixtures.user(order.buyer()))).as("the answer waits for the buyer").isEqualTo(1);
        assertThat(api.get(order.buyer(), "/api/orders/" + order.orderId() + "/messages").body().get("content")
                .findValuesAsText("text")).containsExactly("Could you send it <i>gift-wrapped</i>?", "Of course.");
    }

    @Test
    void aBlankAnswerIsRefusedBesideTheForm() throws Exception {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 2_500);

        MvcResult refused = mvc.perform(post("/seller/orders/" + order.orderId() + "/messages")
                .with(user(fixtures.user(order.seller()))).with(csrf()).param("text", " ")).andReturn();
        String html = mvc.perform(get("/seller/orders/" + order.orderId() + "/messages")
                        .with(user(fixtures.user(order.seller()))).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"message-text-error\"").contains("Your message must not be blank.")
                .contains("No messages yet.");
    }

    @Test
    void anotherSellerFindsNoSuchOrderAndBuyersAndAgentsCannotUseTheSellersPage() throws Exception {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 2_500);
        buyerWrites(order, "Hello?");
        String otherSeller = fixtures.newUser(Role.SELLER);

        String notFound = mvc.perform(get("/seller/orders/" + order.orderId() + "/messages")
                .with(user(fixtures.user(otherSeller)))).andExpect(status().isNotFound()).andReturn()
                .getResponse().getContentAsString();
        mvc.perform(post("/seller/orders/" + order.orderId() + "/messages").with(user(fixtures.user(otherSeller)))
                .with(csrf()).param("text", "Intruding")).andExpect(status().isNotFound());
        mvc.perform(get("/seller/orders/" + order.orderId() + "/messages").with(user(fixtures.user(order.buyer()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/seller/orders/" + order.orderId() + "/messages").with(user(fixtures.user("ada"))))
                .andExpect(status().isForbidden());

        assertThat(notFound).contains("You have no order " + order.orderId() + ".").doesNotContain("Hello?");
        assertThat(api.get(order.buyer(), "/api/orders/" + order.orderId() + "/messages").body()
                .get("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void agentsReadTheConversationOfADisputedOrderWithoutAFormAndOnlyThen() throws Exception {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 2_500);
        buyerWrites(order, "It arrived broken.");
        String agentPath = "/agent/orders/" + order.orderId() + "/messages";

        mvc.perform(get(agentPath).with(user(fixtures.user("ada")))).andExpect(status().isNotFound());
        scenario.openDispute(order, "NOT_AS_DESCRIBED", 2_500);
        String html = page("ada", agentPath);

        assertThat(html).contains("It arrived broken.").contains("id=\"read-only\"").contains("Agents cannot write in it.")
                .doesNotContain("id=\"message-form\"").contains("href=\"/agent/tasks\"");
        assertThat(unread.unreadFor(fixtures.user(order.seller()))).as("an agent reading marks nothing read")
                .isEqualTo(1);
        mvc.perform(get(agentPath).with(user(fixtures.user(order.seller())))).andExpect(status().isForbidden());
        mvc.perform(post("/seller/orders/" + order.orderId() + "/messages").with(user(fixtures.user("ada")))
                .with(csrf()).param("text", "Agent here")).andExpect(status().isForbidden());
    }

    private void buyerWrites(Shipped order, String text) {
        assertThat(api.post(order.buyer(), "/api/orders/" + order.orderId() + "/messages", Map.of("text", text))
                .status()).isEqualTo(201);
    }

    private String page(String who, String path) throws Exception {
        return mvc.perform(get(path).with(user(fixtures.user(who)))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
