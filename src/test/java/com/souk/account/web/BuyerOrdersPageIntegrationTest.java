package com.souk.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.souk.catalog.Product;
import com.souk.common.web.DisplayDates;
import com.souk.identity.Role;
import com.souk.identity.SoukUser;
import com.souk.ordering.Order;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.Orders;
import com.souk.protection.DisputeScenario;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.protection.DisputeStatus;
import com.souk.protection.Disputes;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The buyer's orders pages: the list, one order with its story and deadline, and the actions its state allows. */
@SoukIntegrationTest
class BuyerOrdersPageIntegrationTest {

    static final long PRICE = 6_000;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;

    @Autowired
    DisputeScenario scenario;

    @Autowired
    Orders orders;

    @Autowired
    Disputes disputes;

    @Autowired
    DisplayDates dates;

    @Test
    void aBuyerWithoutOrdersIsInvitedToShop() throws Exception {
        String html = page(fixtures.user(fixtures.newUser(Role.BUYER)), "/account/orders");

        assertThat(html).contains("id=\"no-orders\"").contains("You have not ordered anything yet.")
                .contains("href=\"/products\"");
    }

    @Test
    void theListShowsMyOrdersNewestFirstWithStatusBadges() throws Exception {
        String buyer = fixtures.newUser(Role.BUYER);
        long older = place(buyer, fixtures.product("sam", "electronics", 2_500, 5));
        long newer = place(buyer, fixtures.product("sara", "books", 1_250, 5));
        scenario.awaitStatus(older, OrderStatus.AWAITING_SHIPMENT);
        scenario.awaitStatus(newer, OrderStatus.AWAITING_SHIPMENT);

        String html = page(fixtures.user(buyer), "/account/orders");

        assertThat(html.indexOf("id=\"order-" + newer + "\"")).isPositive()
                .isLessThan(html.indexOf("id=\"order-" + older + "\""));
        assertThat(html).contains("href=\"/account/orders/" + older + "\"").contains("€25.00").contains("€12.50")
                .contains("Sam&#39;s Electronics").contains("<span class=\"badge AWAITING_SHIPMENT\">Awaiting shipment</span>");
    }

    @Test
    void theListComesInPagesOfTen() throws Exception {
        String buyer = fixtures.newUser(Role.BUYER);
        Product p = fixtures.product("sam", "electronics", 1_000, 50);
        List<Long> placed = new ArrayList<>();
        for (int i = 0; i < BuyerOrdersController.PAGE_SIZE + 1; i++) {
            placed.add(place(buyer, p));
        }

        String first = page(fixtures.user(buyer), "/account/orders");
        String second = page(fixtures.user(buyer), "/account/orders?page=1");

        assertThat(first).contains("id=\"order-" + placed.get(placed.size() - 1) + "\"")
                .doesNotContain("id=\"order-" + placed.get(0) + "\"").contains("href=\"/account/orders?page=1\"");
        assertThat(second).contains("id=\"order-" + placed.get(0) + "\"").contains("rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void anOrderAwaitingShipmentShowsItsItemsStoryAndTheShipByDate() throws Exception {
        String buyer = fixtures.newUser(Role.BUYER);
        Product p = fixtures.product("sara", "home", 1_500, 5);
        long id = place(buyer, p);
        scenario.awaitStatus(id, OrderStatus.AWAITING_SHIPMENT);
        Order order = orders.byId(id).orElseThrow();

        String html = page(fixtures.user(buyer), "/account/orders/" + id);

        assertThat(html).contains("class=\"badge AWAITING_SHIPMENT\"").contains(p.title()).contains("€15.00")
                .contains("card ending 4242").contains("Sara Home &amp; Books");
        assertThat(html).contains("The seller must ship " + dates.deadline(order.shipByAt()) + ".")
                .containsPattern("The seller must ship in [45] days \\(\\d{1,2} [A-Z][a-z]{2}\\)\\.");
        assertThat(html).contains("Order placed").contains("Payment held in escrow").contains("Not shipped yet.")
                .doesNotContain("ORDER_PLACED");
        assertThat(html).as("before it ships the buyer may only cancel").contains("id=\"cancel-order\"")
                .contains("the whole €15.00 goes back to your card ending 4242").doesNotContain("id=\"confirm-receipt\"")
                .doesNotContain("id=\"open-dispute\"");
    }

    @Test
    void cancellingFromTheOrderPageSaysWhatHappensAndTheShippedOrderNoLongerOffersIt() throws Exception {
        String buyer = fixtures.newUser(Role.BUYER);
        long id = place(buyer, fixtures.product("sara", "home", 2_200, 5));
        scenario.awaitStatus(id, OrderStatus.AWAITING_SHIPMENT);

        mvc.perform(post("/account/orders/" + id + "/cancellation").with(user(fixtures.user(buyer))).with(csrf()))
                .andExpect(redirectedUrl("/account/orders/" + id))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.startsWith("Your order is cancelled.")));
        Eventually.until(() -> orders.byId(id).orElseThrow().refunded().amountMinor(), equalTo(2_200L));
        String html = page(fixtures.user(buyer), "/account/orders/" + id);

        assertThat(html).contains("class=\"badge CANCELLED\"")
                .contains("You cancelled this order before it shipped, and €22.00 was refunded to your card ending 4242.")
                .contains("You cancelled the order before it shipped").doesNotContain("id=\"cancel-order\"");
        mvc.perform(post("/account/orders/" + id + "/cancellation").with(user(fixtures.user(buyer))).with(csrf()))
                .andExpect(redirectedUrl("/account/orders/" + id))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("is CANCELLED")));
    }

    @Test
    void aDeclinedCardShowsOnTheOrderPageOnceThePaymentWasTried() throws Exception {
        String buyer = fixtures.newUser(Role.BUYER);
        Api.Reply placed = api.post(buyer, "/api/orders",
                Fixtures.checkout(fixtures.product("sam", "electronics", 3_000, 5).id(), 1, Fixtures.DECLINED_CARD));
        long id = placed.body().get("id").asLong();
        scenario.awaitStatus(id, OrderStatus.PAYMENT_DECLINED);

        String html = page(fixtures.user(buyer), "/account/orders/" + id);

        assertThat(html).contains("class=\"badge PAYMENT_DECLINED\"")
                .contains("The card issuer declined your card ending 0002, so nothing was charged")
                .contains("Card declined").contains("card ending 0002: declined by the card issuer")
                .doesNotContain("id=\"actions\"");
    }

    @Test
    void aShippedOrderShowsTheAutoConfirmDateTheShipmentAndTheBuyersActions() throws Exception {
        Shipped shipped = scenario.shippedOrder("sam", "home", PRICE);
        Order order = orders.byId(shipped.orderId()).orElseThrow();

        String html = page(fixtures.user(shipped.buyer()), "/account/orders/" + shipped.orderId());

        assertThat(html).contains("Auto-confirms " + dates.deadline(order.autoConfirmAt()) + " unless you open a dispute.");
        assertThat(html).contains("Shipped with DHL").contains("tracking number TRACK-" + shipped.orderId())
                .contains("— with DHL, tracking TRACK-" + shipped.orderId());
        assertThat(html).as("DHL's tracking page for the parcel").contains("class=\"track-link\"")
                .contains("tracking-id=TRACK-" + shipped.orderId()).contains("Track with DHL");
        assertThat(html).contains("id=\"confirm-receipt\"").contains("id=\"extend-protection\"")
                .contains("id=\"open-dispute\"").contains("value=\"60.00\"").doesNotContain("id=\"answer-offer\"");
    }

    @Test
    void anotherBuyersOrderIsNotFoundJustLikeAMissingOne() throws Exception {
        Shipped shipped = scenario.shippedOrder("sam", "home", PRICE);
        SoukUser stranger = fixtures.user(fixtures.newUser(Role.BUYER));

        String theirs = mvc.perform(get("/account/orders/" + shipped.orderId()).with(user(stranger)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/account/orders/" + shipped.orderId() + "/receipt").with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/account/orders/" + shipped.orderId() + "/dispute").with(user(stranger)).with(csrf())
                .param("reason", "NOT_RECEIVED").param("description", "x").param("amount", "1"))
                .andExpect(status().isNotFound());

        assertThat(theirs).contains("Not found").contains("You have no order " + shipped.orderId() + ".")
                .doesNotContain("TRACK-");
        assertThat(orders.byId(shipped.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void anonymousVisitorsAreSentToLogIn() throws Exception {
        mvc.perform(get("/account/orders")).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void confirmingReceiptCompletesTheOrder() throws Exception {
        Shipped shipped = scenario.shippedOrder("sara", "home", PRICE);
        SoukUser buyer = fixtures.user(shipped.buyer());

        mvc.perform(post("/account/orders/" + shipped.orderId() + "/receipt").with(user(buyer)).with(csrf()))
                .andExpect(redirectedUrl("/account/orders/" + shipped.orderId()))
                .andExpect(flash().attribute("notice", "Thank you for confirming receipt. The payment now goes to the seller."));
        scenario.awaitStatus(shipped.orderId(), OrderStatus.COMPLETED);

        String html = page(buyer, "/account/orders/" + shipped.orderId());
        assertThat(html).contains("class=\"badge COMPLETED\"").contains("This order is complete")
                .contains("You confirmed receipt").doesNotContain("id=\"confirm-receipt\"");
    }

    @Test
    void confirmingReceiptBeforeShipmentSaysWhyNot() throws Exception {
        String buyer = fixtures.newUser(Role.BUYER);
        long id = place(buyer, fixtures.product("sam", "electronics", 2_000, 5));
        scenario.awaitStatus(id, OrderStatus.AWAITING_SHIPMENT);

        mvc.perform(post("/account/orders/" + id + "/receipt").with(user(fixtures.user(buyer))).with(csrf()))
                .andExpect(redirectedUrl("/account/orders/" + id))
                .andExpect(flash().attribute("problem", "Order " + id
                        + " cannot be confirmed as received while it is AWAITING_SHIPMENT."));
        assertThat(orders.byId(id).orElseThrow().status()).isEqualTo(OrderStatus.AWAITING_SHIPMENT);
    }

    @Test
    void askingForMoreProtectionTimeTakesOneToThirtyDays() throws Exception {
        Shipped shipped = scenario.shippedOrder("sam", "home", PRICE);
        SoukUser buyer = fixtures.user(shipped.buyer());
        String path = "/account/orders/" + shipped.orderId() + "/protection-extension";

        String refused = mvc.perform(post(path).param("days", "45").with(user(buyer)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(post(path).param("days", "7").with(user(buyer)).with(csrf()))
                .andExpect(redirectedUrl("/account/orders/" + shipped.orderId()));
        String after = page(buyer, "/account/orders/" + shipped.orderId());

        assertThat(refused).contains("id=\"days-error\"").contains("enter a whole number of days from 1 to 30")
                .contains("value=\"45\"");
        assertThat(after).contains("You asked for 7 more day(s) of protection; the seller has not agreed yet.")
                .contains("You asked for more protection time").doesNotContain("id=\"extend-protection\"");
    }

    @Test
    void aDisputeWithMistakesIsShownAgainWithEachMessageNextToItsField() throws Exception {
        Shipped shipped = scenario.shippedOrder("sam", "home", PRICE);

        String html = mvc.perform(dispute(shipped, null, " ", "60.01")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        String tooLong = mvc.perform(dispute(shipped, "NOT_AS_DESCRIBED", "x".repeat(5001), "abc"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"reason-error\"").contains("choose what went wrong")
                .contains("id=\"description-error\"").contains("tell us what went wrong")
                .contains("id=\"amount-error\"").contains("can be at most the order total you paid")
                .contains("value=\"60.01\"");
        assertThat(tooLong).contains("must be at most 5000 characters").contains("enter an amount such as 12.50");
        assertThat(orders.byId(shipped.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void openingADisputePutsTheOrderInDisputeAndShowsItsState() throws Exception {
        Shipped shipped = scenario.shippedOrder("sara", "home", PRICE);

        mvc.perform(dispute(shipped, "NOT_AS_DESCRIBED", "The lamp <b>arrived</b> cracked.", "45,50"))
                .andExpect(redirectedUrl("/account/orders/" + shipped.orderId()));
        String html = page(fixtures.user(shipped.buyer()), "/account/orders/" + shipped.orderId());

        assertThat(html).contains("class=\"badge IN_DISPUTE\"").contains("id=\"dispute\"")
                .contains("Waiting for the seller&#39;s response").contains("The item is not as described")
                .contains("€45.50").contains("The lamp &lt;b&gt;arrived&lt;/b&gt; cracked.")
                .doesNotContain("id=\"open-dispute\"").doesNotContain("id=\"confirm-receipt\"");
        assertThat(disputes.byOrder(shipped.orderId()).orElseThrow().requestedRefund().amountMinor()).isEqualTo(4_550);
    }

    @Test
    void theBuyerAcceptsTheSellersPartialOfferAndIsPartlyRefunded() throws Exception {
        Shipped shipped = scenario.shippedOrder("sam", "home", PRICE);
        long dispute = scenario.openDispute(shipped, "NOT_AS_DESCRIBED", PRICE);
        scenario.respond(shipped, dispute, "OFFER_PARTIAL", 2_500L);
        Eventually.until(() -> disputes.byId(dispute).orElseThrow().status(), equalTo(DisputeStatus.AWAITING_BUYER));
        SoukUser buyer = fixtures.user(shipped.buyer());

        String offered = page(buyer, "/account/orders/" + shipped.orderId());
        mvc.perform(post("/account/orders/" + shipped.orderId() + "/dispute/answer").param("accept", "true")
                .with(user(buyer)).with(csrf())).andExpect(redirectedUrl("/account/orders/" + shipped.orderId()));
        scenario.awaitStatus(shipped.orderId(), OrderStatus.PARTIALLY_REFUNDED);
        Eventually.until(() -> disputes.byId(dispute).orElseThrow().status(), equalTo(DisputeStatus.SETTLED));
        String settled = page(buyer, "/account/orders/" + shipped.orderId());

        assertThat(offered).contains("id=\"answer-offer\"").contains("The seller offers to refund €25.00")
                .contains("Offered a partial refund").contains("Seller offers part");
        assertThat(settled).contains("class=\"badge PARTIALLY_REFUNDED\"")
                .contains("€25.00 of €60.00 was refunded to your card ending 4242").contains("(you accepted)")
                .contains("id=\"refund\">€25.00").doesNotContain("id=\"answer-offer\"");
    }

    private MockHttpServletRequestBuilder dispute(Shipped shipped, String reason, String description, String amount) {
        MockHttpServletRequestBuilder post = post("/account/orders/" + shipped.orderId() + "/dispute")
                .with(user(fixtures.user(shipped.buyer()))).with(csrf())
                .param("description", description).param("amount", amount);
        return reason == null ? post : post.param("reason", reason);
    }

    private long place(String buyer, Product p) {
        Api.Reply placed = api.post(buyer, "/api/orders", Fixtures.checkout(p.id(), 1, Fixtures.GOOD_CARD));
        assertThat(placed.status()).as(placed.body().toString()).isEqualTo(201);
        return placed.body().get("id").asLong();
    }

    private String page(SoukUser who, String path) throws Exception {
        return mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
