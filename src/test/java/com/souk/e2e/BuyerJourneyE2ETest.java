package com.souk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.souk.catalog.Product;
import com.souk.catalog.ProductListings;
import com.souk.catalog.ProductListings.NewListing;
import com.souk.ordering.OrderStatus;
import com.souk.protection.DisputeScenario;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Alice in a real browser: searches, fills her cart from two sellers, checks out into two orders, confirms one
 * after it ships and disputes the other. The sellers' side goes through the HTTP API.
 */
@SoukIntegrationTest
class BuyerJourneyE2ETest {

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProductListings listings;

    @Autowired
    DisputeScenario scenario;

    @Test
    void aliceBuysFromTwoSellersConfirmsOneOrderAndDisputesTheOther() {
        String word = "e2e" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Product headphones = listing("sam", "Studio " + word + " headphones", "electronics", 8_900);
        Product lamp = listing("sara", "Reading " + word + " lamp", "home", 4_500);

        try (Browser browser = Browser.open(port)) {
            browser.login("alice");
            browser.go("/");
            assertThat(browser.text()).contains("Find something good").contains("Categories");
            browser.screenshot("buyer-home");

            browser.find("#q").sendKeys(word);
            browser.navigate("#search-submit");
            assertThat(browser.text()).contains("2 products").contains(headphones.title()).contains(lamp.title())
                    .contains("€89.00").contains("€45.00");
            browser.screenshot("buyer-search");

            addToCart(browser, headphones, "2");
            browser.screenshot("buyer-product");
            browser.go("/products?q=" + word);
            addToCart(browser, lamp, "1");

            assertThat(browser.url()).endsWith("/cart");
            assertThat(browser.all(".seller-group")).hasSize(2);
            assertThat(browser.find("#cart-total").getText()).contains("€223.00").contains("3 items");
            browser.screenshot("buyer-cart");

            browser.navigate("#to-checkout");
            assertThat(browser.find("#place-order").getText()).isEqualTo("Place 2 orders");
            assertThat(field(browser, "shippingAddress.name").getAttribute("value")).isEqualTo("Alice Martin");
            type(browser, "shippingAddress.line1", "1 Harbour Street");
            type(browser, "shippingAddress.city", "Hamburg");
            type(browser, "shippingAddress.postalCode", "20095");
            type(browser, "shippingAddress.country", "DE");
            type(browser, "card.number", "4242 4242 4242 4242");
            type(browser, "card.expiry", "12/35");
            type(browser, "card.cvc", "123");
            ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
            browser.screenshot("buyer-checkout");
            browser.navigate("#place-order");

            assertThat(browser.url()).endsWith("/account/orders");
            String notice = browser.find(".notice").getText();
            long fromSam = orderNumber(notice, "Sam's Electronics");
            long fromSara = orderNumber(notice, "Sara Home & Books");
            assertThat(browser.find("#order-" + fromSam).getText()).contains(headphones.title()).contains("€178.00");
            assertThat(browser.find("#order-" + fromSara).getText()).contains(lamp.title()).contains("€45.00");
            browser.screenshot("buyer-orders");

            scenario.awaitStatus(fromSam, OrderStatus.AWAITING_SHIPMENT);
            ship("sam", fromSam);
            awaitStatusOnPage(browser, fromSam, "SHIPPED");
            assertThat(browser.find("#next-step").getText()).startsWith("Auto-confirms in ")
                    .contains("unless you open a dispute");
            assertThat(browser.find("#shipment").getText()).contains("DHL").contains("JD" + fromSam);
            browser.wholePageScreenshot("buyer-order");

            browser.navigate("#confirm-receipt-submit");
            assertThat(browser.find(".notice").getText()).contains("Thank you for confirming receipt");
            awaitStatusOnPage(browser, fromSam, "COMPLETED");
            assertThat(browser.find("#timeline").getText()).contains("You confirmed receipt")
                    .contains("Payment released to the seller");

            scenario.awaitStatus(fromSara, OrderStatus.AWAITING_SHIPMENT);
            ship("sara", fromSara);
            awaitStatusOnPage(browser, fromSara, "SHIPPED");
            browser.find("#reason-not-as-described").click();
            browser.find("#description").sendKeys("The shade arrived cracked; photos on request.");
            WebElement amount = browser.find("#amount");
            assertThat(amount.getAttribute("value")).isEqualTo("45.00");
            browser.navigate("#open-dispute-submit");

            assertThat(browser.find("#status").getText()).isEqualTo("In dispute");
            assertThat(browser.find("#dispute-status").getText()).isEqualTo("Waiting for the seller's response");
            assertThat(browser.find("#dispute").getText()).contains("The shade arrived cracked").contains("€45.00");
            browser.screenshot("buyer-dispute");
        }
    }

    private Product listing(String seller, String title, String category, long price) {
        return listings.create(fixtures.user(seller).id(), new NewListing(title, "Bought in the browser test.",
                category, price, 5));
    }

    private static void addToCart(Browser browser, Product product, String quantity) {
        browser.navigate("a[href='/products/" + product.id() + "']");
        assertThat(browser.find("h1").getText()).isEqualTo(product.title());
        WebElement field = browser.find("#quantity");
        field.clear();
        field.sendKeys(quantity);
        browser.navigate("#add-to-cart-submit");
        assertThat(browser.find(".notice").getText()).isEqualTo("Added " + quantity + " × " + product.title()
                + " to your cart.");
    }

    private static WebElement field(Browser browser, String name) {
        return browser.find("[name='" + name + "']");
    }

    private static void type(Browser browser, String name, String value) {
        WebElement input = field(browser, name);
        input.clear();
        input.sendKeys(value);
    }

    private static long orderNumber(String notice, String seller) {
        Matcher m = Pattern.compile("order #(\\d+) with " + Pattern.quote(seller)).matcher(notice);
        assertThat(m.find()).as("notice names the order with %s: %s", seller, notice).isTrue();
        return Long.parseLong(m.group(1));
    }

    private void ship(String seller, long orderId) {
        Api.Reply shipped = api.post(seller, "/api/orders/" + orderId + "/shipment",
                Map.of("carrier", "DHL", "trackingNumber", "JD" + orderId));
        assertThat(shipped.status()).as(shipped.body().toString()).isEqualTo(202);
    }

    /** Reloads the order's page until its status badge shows the status, as a buyer pressing reload would. */
    private static void awaitStatusOnPage(Browser browser, long orderId, String status) {
        Eventually.until(() -> {
            browser.go("/account/orders/" + orderId);
            return browser.find("#status").getAttribute("class");
        }, equalTo("badge " + status));
    }
}
