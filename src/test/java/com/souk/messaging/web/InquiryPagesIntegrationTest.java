package com.souk.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.souk.catalog.Product;
import com.souk.identity.Role;
import com.souk.messaging.Conversations;
import com.souk.support.Api;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Questions before buying: asked on the product's page, listed and answered in the seller centre. */
@SoukIntegrationTest
class InquiryPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;

    @Autowired
    Conversations conversations;

    @Test
    void aBuyerAsksFromTheProductPageAndSeesTheConversationThere() throws Exception {
        String seller = fixtures.newUser(Role.SELLER);
        Product chair = fixtures.product(seller, "furniture", 20_000, 2);
        String buyer = fixtures.newUser(Role.BUYER);

        String before = page(buyer, "/products/" + chair.id());
        mvc.perform(ask(buyer, chair, "Is the <seat> removable?"))
                .andExpect(redirectedUrl("/products/" + chair.id() + "#inquiry"))
                .andExpect(flash().attribute("notice", "Message sent."));
        String after = page(buyer, "/products/" + chair.id());

        assertThat(before).contains("id=\"inquiry\"").contains("Ask the seller a question")
                .contains("action=\"/products/" + chair.id() + "/inquiry\"").contains("Your question")
                .doesNotContain("id=\"no-messages\"");
        assertThat(after).contains("Is the &lt;seat&gt; removable?").contains("Test " + buyer)
                .contains("Write to the seller");
        assertThat(conversations.inquiry(chair.id(), fixtures.user(buyer).id())).isPresent();
    }

    @Test
    void visitorsAndSellersGetNoQuestionFormAndVisitorsAreSentToLogIn() throws Exception {
        String seller = fixtures.newUser(Role.SELLER);
        Product chair = fixtures.product(seller, "furniture", 20_000, 2);

        String anonymous = mvc.perform(get("/products/" + chair.id())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        String asSeller = page(seller, "/products/" + chair.id());
        mvc.perform(post("/products/" + chair.id() + "/inquiry").with(csrf()).param("text", "Hi"))
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(ask(seller, chair, "Asking myself")).andExpect(status().isForbidden());

        assertThat(anonymous).doesNotContain("id=\"inquiry\"").contains("to ask the");
        assertThat(asSeller).doesNotContain("id=\"inquiry\"");
    }

    @Test
    void aBlankQuestionIsRefusedBesideTheFormOnTheProductPage() throws Exception {
        Product chair = fixtures.product(fixtures.newUser(Role.SELLER), "furniture", 20_000, 2);
        String buyer = fixtures.newUser(Role.BUYER);

        MvcResult refused = mvc.perform(ask(buyer, chair, "")).andExpect(redirectedUrl("/products/" + chair.id()
                + "#inquiry")).andReturn();
        String html = mvc.perform(get("/products/" + chair.id()).with(user(fixtures.user(buyer)))
                .flashAttrs(refused.getFlashMap())).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"message-text-error\"").contains("Your message must not be blank.");
        assertThat(conversations.inquiry(chair.id(), fixtures.user(buyer).id())).isEmpty();
    }

    @Test
    void theSellerSeesQuestionsWithUnreadCountsAndAnswersOnTheInquiryPage() throws Exception {
        String seller = fixtures.newUser(Role.SELLER);
        Product chair = fixtures.product(seller, "furniture", 20_000, 2);
        String buyer = fixtures.newUser(Role.BUYER);
        mvc.perform(ask(buyer, chair, "Which wood?"));
        mvc.perform(ask(buyer, chair, "And the height?"));
        long id = conversations.inquiry(chair.id(), fixtures.user(buyer).id()).orElseThrow().id();

        String list = page(seller, "/seller/inquiries");
        String inquiry = page(seller, "/seller/inquiries/" + id);
        String listAfterReading = page(seller, "/seller/inquiries");
        mvc.perform(post("/seller/inquiries/" + id).with(user(fixtures.user(seller))).with(csrf())
                .param("text", "Oak, 45 cm.")).andExpect(redirectedUrl("/seller/inquiries/" + id + "#message-form"));
        String buyerSees = page(buyer, "/products/" + chair.id());

        assertThat(list).contains("href=\"/seller/inquiries/" + id + "\"").contains(chair.title())
                .contains("2 unread").contains("from Test " + buyer);
        assertThat(inquiry).contains("Question about").contains(chair.title()).contains("Which wood?")
                .contains("And the height?").contains("Asked by Test " + buyer)
                .contains("action=\"/seller/inquiries/" + id + "\"");
        assertThat(listAfterReading).doesNotContain("unread");
        assertThat(buyerSees).contains("Oak, 45 cm.").contains("Test " + seller);
    }

    @Test
    void anotherSellerOrBuyerCannotOpenTheInquiry() throws Exception {
        String seller = fixtures.newUser(Role.SELLER);
        Product chair = fixtures.product(seller, "furniture", 20_000, 2);
        String buyer = fixtures.newUser(Role.BUYER);
        mvc.perform(ask(buyer, chair, "Secret question"));
        long id = conversations.inquiry(chair.id(), fixtures.user(buyer).id()).orElseThrow().id();
        String otherSeller = fixtures.newUser(Role.SELLER);
        String otherBuyer = fixtures.newUser(Role.BUYER);

        String notFound = mvc.perform(get("/seller/inquiries/" + id).with(user(fixtures.user(otherSeller))))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/seller/inquiries/" + id).with(user(fixtures.user(otherSeller))).with(csrf())
                .param("text", "Psst")).andExpect(status().isNotFound());
        mvc.perform(get("/seller/inquiries/" + id).with(user(fixtures.user(buyer)))).andExpect(status().isForbidden());
        String otherBuyersPage = page(otherBuyer, "/products/" + chair.id());

        assertThat(notFound).contains("You have no inquiry " + id + ".").doesNotContain("Secret question");
        assertThat(page(otherSeller, "/seller/inquiries")).contains("id=\"no-inquiries\"");
        assertThat(otherBuyersPage).contains("id=\"inquiry\"").doesNotContain("Secret question");
        assertThat(api.get(buyer, "/api/inquiries/" + id + "/messages").body().get("totalElements").asLong())
                .isEqualTo(1);
    }

    private MockHttpServletRequestBuilder ask(String buyer, Product product, String text) {
        return post("/products/" + product.id() + "/inquiry").with(user(fixtures.user(buyer))).with(csrf())
                .param("text", text);
    }

    private String page(String who, String path) throws Exception {
        return mvc.perform(get(path).with(user(fixtures.user(who)))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
