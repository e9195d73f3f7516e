package com.souk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.souk.catalog.Product;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.Orders;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A buyer changes their mind before the seller ships: opens the confirmation, cancels, and sees the refund. */
@SoukIntegrationTest
class CancellationE2ETest {

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Orders orders;

    @Test
    void theBuyerCancelsAnOrderThatHasNotShippedAndSeesTheRefund() {
        Product p = fixtures.product("sara", "home", 4_500, 3);
        long id = api.post("alice", "/api/orders", Fixtures.checkout(p.id(), 1, Fixtures.GOOD_CARD)).body().get("id")
                .asLong();
        Eventually.until(() -> orders.byId(id).orElseThrow().status(), equalTo(OrderStatus.AWAITING_SHIPMENT));

        try (Browser browser = Browser.open(port)) {
            browser.login("alice").go("/account/orders/" + id);
            assertThat(browser.find("#cancel-order-submit").isDisplayed()).as("folded until asked for").isFalse();
            browser.find("#cancel-order summary").click();
            assertThat(browser.text()).contains("If you cancel, the whole €45.00 goes back to your card ending 4242");
            browser.screenshot("buyer-cancel-confirm");

            browser.navigate("#cancel-order-submit");
            assertThat(browser.text()).contains("Your order is cancelled.");
            Eventually.until(() -> {
                browser.go("/account/orders/" + id);
                return browser.find("#next-step").getText();
            }, containsString("€45.00 was refunded to your card ending 4242"));
            assertThat(browser.find("#status").getText()).isEqualTo("Cancelled");
            assertThat(browser.text()).contains("You cancelled the order before it shipped")
                    .contains("Money refunded to your card").doesNotContain("Cancel this order");
            browser.wholePageScreenshot("buyer-cancelled");
        }
    }
}
