package com.souk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.souk.catalog.Product;
import com.souk.catalog.ProductListings;
import com.souk.catalog.ProductListings.NewListing;
import com.souk.ordering.OrderStatus;
import com.souk.protection.DisputeScenario;
import com.souk.reviews.ReviewScenario;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Alice in a real browser confirms an order, writes to the seller, reviews it and asks about the product; the
 * product page shows her review; Sam reads and answers on his pages and his unread count drops as he does.
 * The order's placing and shipping go through the HTTP API.
 */
@SoukIntegrationTest
class ReviewsAndMessagesE2ETest {

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProductListings listings;

    @Autowired
    DisputeScenario orders;

    @Autowired
    ReviewScenario reviews;

    @Test
    void aliceReviewsAndMessagesSamWhoReadsAndAnswers() {
        String word = "e2e" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Product speaker = listings.create(fixtures.user("sam").id(), new NewListing("Pocket " + word + " speaker",
                "Loud for its size. Bought in the reviews browser test.", "electronics", 3_900, 5));
        long orderId = shippedOrderOfAlice(speaker);

        try (Browser browser = Browser.open(port)) {
            browser.login("alice");
            browser.go("/account/orders/" + orderId);
            browser.navigate("#confirm-receipt-submit");
            assertThat(browser.find(".notice").getText()).contains("Thank you for confirming receipt");
            orders.awaitStatus(orderId, OrderStatus.COMPLETED);
            reviews.awaitInvitation(orderId);

            browser.go("/account/orders/" + orderId);
            browser.find("#message-text").sendKeys("Thanks, it arrived safely!\nDo you sell a carrying case?");
            browser.navigate("#message-submit");
            assertThat(browser.find(".notice").getText()).isEqualTo("Message sent to the seller.");
            assertThat(browser.find("#messages").getText()).contains("Thanks, it arrived safely!")
                    .contains("Alice Martin").contains("UTC");
            scrollTo(browser, "#messages");
            browser.screenshot("buyer-messages");

            browser.find("#product-rating-5").click();
            browser.find("#seller-rating-4").click();
            browser.find("#review-text").sendKeys("Great little <speaker>, clear sound.");
            scrollTo(browser, "#review");
            browser.screenshot("buyer-review");
            browser.navigate("#review-submit");
            assertThat(browser.find(".notice").getText()).contains("Thank you for your review");
            assertThat(browser.find("#my-review").getText()).contains("Great little <speaker>, clear sound.")
                    .contains("You reviewed this order on");
            assertThat(browser.all("#review-form")).isEmpty();

            browser.go("/products/" + speaker.id());
            assertThat(browser.find("#product-rating").getText()).isEqualTo("5.0 ★ from 1 review");
            assertThat(browser.find("#review-list").getText()).contains("Great little <speaker>, clear sound.")
                    .contains("Alice Martin").contains("verified purchase");
            browser.find("#message-text").sendKeys("Is there a version with a strap?");
            browser.navigate("#message-submit");
            assertThat(browser.find("#inquiry").getText()).contains("Is there a version with a strap?");
            scrollTo(browser, "#reviews");
            browser.screenshot("product-reviews");
            browser.logout();

            browser.login("sam");
            browser.go("/");
            long unreadBefore = unreadInNav(browser);
            assertThat(unreadBefore).as("alice's message and question wait for sam").isGreaterThanOrEqualTo(2);
            browser.go("/seller/orders/" + orderId + "/messages");
            assertThat(browser.find("#messages").getText()).contains("Thanks, it arrived safely!")
                    .contains("Do you sell a carrying case?");
            assertThat(unreadInNav(browser)).as("the conversation shown is read").isEqualTo(unreadBefore - 1);
            browser.find("#message-text").sendKeys("Yes: the Pocket case, listed next week.");
            browser.navigate("#message-submit");
            assertThat(browser.find(".notice").getText()).isEqualTo("Message sent.");
            assertThat(browser.find("#messages").getText()).contains("Yes: the Pocket case, listed next week.");
            browser.screenshot("seller-conversation");

            browser.go("/seller/inquiries");
            WebElement question = browser.all("#inquiries li").stream()
                    .filter(li -> li.getText().contains(speaker.title())).findFirst().orElseThrow();
            assertThat(question.getText()).contains("1 unread").contains("from Alice Martin");
            browser.screenshot("seller-inquiries");
            browser.navigate(question.findElement(org.openqa.selenium.By.cssSelector("a")));
            assertThat(browser.find("#messages").getText()).contains("Is there a version with a strap?");
            assertThat(unreadInNav(browser)).isEqualTo(unreadBefore - 2);
            browser.find("#message-text").sendKeys("Not yet, sorry.");
            browser.navigate("#message-submit");
            assertThat(browser.find("#messages").getText()).contains("Not yet, sorry.");
        }
        // a browser sends a textarea's line breaks as CRLF, and messages are kept exactly as sent
        assertThat(api.get("alice", "/api/orders/" + orderId + "/messages").body().get("content")
                .findValuesAsText("text")).containsExactly("Thanks, it arrived safely!\r\nDo you sell a carrying case?",
                "Yes: the Pocket case, listed next week.");
    }

    private long shippedOrderOfAlice(Product product) {
        Api.Reply placed = api.post("alice", "/api/orders", Fixtures.checkout(product.id(), 1, Fixtures.GOOD_CARD));
        assertThat(placed.status()).as(placed.body().toString()).isEqualTo(201);
        long id = placed.body().get("id").asLong();
        orders.awaitStatus(id, OrderStatus.AWAITING_SHIPMENT);
        assertThat(api.post("sam", "/api/orders/" + id + "/shipment",
                Map.of("carrier", "DHL", "trackingNumber", "JD" + id)).status()).isEqualTo(202);
        orders.awaitStatus(id, OrderStatus.SHIPPED);
        return id;
    }

    /** The count in "Messages (n)", 0 when the navigation shows none. */
    private static long unreadInNav(Browser browser) {
        List<WebElement> count = browser.all("#nav-unread");
        return count.isEmpty() ? 0 : Long.parseLong(count.get(0).getText().replaceAll("\\D", ""));
    }

    private static void scrollTo(Browser browser, String css) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView(true)", browser.find(css));
    }
}
