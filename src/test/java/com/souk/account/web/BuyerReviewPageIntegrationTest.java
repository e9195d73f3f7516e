package com.souk.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.souk.catalog.Rating;
import com.souk.catalog.Ratings;
import com.souk.common.web.DisplayDates;
import com.souk.identity.Role;
import com.souk.identity.SoukUser;
import com.souk.protection.DisputeScenario;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.reviews.Invitation;
import com.souk.reviews.ReviewScenario;
import com.souk.reviews.Reviews;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import com.souk.workflow.EngineClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The review form on the buyer's order page: when it shows, what it checks, what it creates, and who may use it. */
@SoukIntegrationTest
class BuyerReviewPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ReviewScenario scenario;

    @Autowired
    DisputeScenario disputes;

    @Autowired
    Reviews reviews;

    @Autowired
    Ratings ratings;

    @Autowired
    DisplayDates dates;

    @Autowired
    EngineClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void aCompletedOrderOffersStarsForProductAndSellerAndSaysUntilWhen() throws Exception {
        Shipped order = scenario.completedOrder("home", 2_000);
        Invitation invitation = scenario.awaitInvitation(order.orderId());

        String html = page(fixtures.user(order.buyer()), "/account/orders/" + order.orderId());

        assertThat(html).contains("id=\"review-form\"").contains("action=\"/account/orders/" + order.orderId() + "/review\"")
                .contains("name=\"_csrf\"").contains("You can review this order until " + dates.day(invitation.reviewBy()))
                .contains("id=\"product-rating-1\"").contains("id=\"product-rating-5\"")
                .contains("id=\"seller-rating-5\"").contains("type=\"radio\"").contains("maxlength=\"2000\"")
                .doesNotContain("id=\"my-review\"");
    }

    @Test
    void anOrderStillUnderwayHasNoReviewSection() throws Exception {
        Shipped order = disputes.shippedOrderOfANewSeller("home", 2_000);

        String html = page(fixtures.user(order.buyer()), "/account/orders/" + order.orderId());

        assertThat(html).doesNotContain("id=\"review\"").doesNotContain("id=\"review-form\"");
    }

    @Test
    void reviewingFromTheOrderPageCreatesTheReviewAndTheProductPageShowsTheNewAverage() throws Exception {
        String seller = fixtures.newUser(Role.SELLER);
        var product = fixtures.product(seller, "home", 3_000, 5);
        String earlier = fixtures.newUser(Role.BUYER);
        scenario.review(earlier, scenario.completedOrder(earlier, seller, List.of(product)), 2, 2, "Meh");
        String buyer = fixtures.newUser(Role.BUYER);
        long order = scenario.completedOrder(buyer, seller, List.of(product));

        mvc.perform(review(buyer, order, "5", "4", "Sturdy & <b>bright</b>."))
                .andExpect(redirectedUrl("/account/orders/" + order + "#review"))
                .andExpect(flash().attribute("notice", "Thank you for your review. It now shows on the product's page."));
        String orderPage = page(fixtures.user(buyer), "/account/orders/" + order);
        String productPage = mvc.perform(get("/products/" + product.id())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(reviews.byOrder(order)).hasValueSatisfying(r -> {
            assertThat(r.productRating()).isEqualTo(5);
            assertThat(r.sellerRating()).isEqualTo(4);
            assertThat(r.text()).isEqualTo("Sturdy & <b>bright</b>.");
        });
        assertThat(orderPage).contains("id=\"my-review\"").contains("Sturdy &amp; &lt;b&gt;bright&lt;/b&gt;.")
                .contains("You reviewed this order on").doesNotContain("id=\"review-form\"");
        assertThat(productPage).as("2 and 5 stars").contains("3.5 ★").contains("from 2 reviews")
                .contains("Sturdy &amp; &lt;b&gt;bright&lt;/b&gt;.").contains("Test " + buyer);
        assertThat(ratings.ofSeller(fixtures.user(seller).id())).isEqualTo(new Rating(6, 2));
    }

    @Test
    void aReviewWithMistakesIsShownAgainWithEachMessageNextToItsField() throws Exception {
        Shipped order = scenario.completedOrder("home", 2_000);

        String missing = mvc.perform(review(order.buyer(), order.orderId(), null, "9", "Fine"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String tooLong = mvc.perform(review(order.buyer(), order.orderId(), "3", "4", "x".repeat(2_001)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(missing).contains("id=\"productRating-error\"").contains("choose 1 to 5 stars for the product")
                .contains("id=\"sellerRating-error\"").contains("choose 1 to 5 stars for the seller")
                .contains(">Fine</textarea>");
        assertThat(tooLong).contains("id=\"text-error\"").contains("must be at most 2000 characters, not 2001")
                .doesNotContain("id=\"productRating-error\"");
        assertThat(tooLong).as("the stars chosen stay chosen")
                .containsPattern("id=\"product-rating-3\"[^>]*checked=\"checked\"")
                .containsPattern("id=\"seller-rating-4\"[^>]*checked=\"checked\"");
        assertThat(reviews.byOrder(order.orderId())).isEmpty();
        assertThat(ratings.ofProduct(order.product().id())).isEqualTo(Rating.NONE);
    }

    @Test
    void aSellerCannotPostAReviewAndAnotherBuyerFindsNoSuchOrder() throws Exception {
        Shipped order = scenario.completedOrder("home", 2_000);

        mvc.perform(review(order.seller(), order.orderId(), "5", "5", "My own goods")).andExpect(status().isForbidden());
        String stranger = mvc.perform(review(fixtures.newUser(Role.BUYER), order.orderId(), "1", "1", "Not mine"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

        assertThat(stranger).contains("You have no order " + order.orderId() + ".");
        assertThat(reviews.byOrder(order.orderId())).isEmpty();
        assertThat(ratings.ofProduct(order.product().id())).isEqualTo(Rating.NONE);
    }

    @Test
    void onceTheWindowHasClosedThePageSaysWhenAndNoReviewIsTaken() throws Exception {
        Shipped order = scenario.completedOrder("home", 2_000);
        Invitation invitation = scenario.awaitInvitation(order.orderId());
        clock.advance(Duration.ofDays(31));

        String html = page(fixtures.user(order.buyer()), "/account/orders/" + order.orderId());
        mvc.perform(review(order.buyer(), order.orderId(), "5", "5", "Late"))
                .andExpect(redirectedUrl("/account/orders/" + order.orderId() + "#review"))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("review window")));

        assertThat(html).contains("id=\"review-closed\"")
                .contains("The time to review this order ended on " + dates.day(invitation.reviewBy()) + ".")
                .doesNotContain("id=\"review-form\"");
        assertThat(reviews.byOrder(order.orderId())).isEmpty();
    }

    @Test
    void reviewingTwiceIsRefusedWithAProblemNotAnErrorPage() throws Exception {
        Shipped order = scenario.completedOrder("home", 2_000);
        mvc.perform(review(order.buyer(), order.orderId(), "4", "4", "First")).andExpect(status().is3xxRedirection());

        mvc.perform(review(order.buyer(), order.orderId(), "1", "1", "Second"))
                .andExpect(redirectedUrl("/account/orders/" + order.orderId() + "#review"))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("already been reviewed")));

        assertThat(reviews.byOrder(order.orderId()).orElseThrow().text()).isEqualTo("First");
    }

    private MockHttpServletRequestBuilder review(String who, long orderId, String product, String seller,
            String text) {
        MockHttpServletRequestBuilder post = post("/account/orders/" + orderId + "/review")
                .with(user(fixtures.user(who))).with(csrf()).param("text", text);
        if (product != null) {
            post.param("productRating", product);
        }
        return seller == null ? post : post.param("sellerRating", seller);
    }

    private String page(SoukUser who, String path) throws Exception {
        return mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
