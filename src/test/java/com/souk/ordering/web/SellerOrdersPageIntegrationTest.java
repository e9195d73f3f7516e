package com.souk.ordering.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.souk.catalog.Product;
import com.souk.identity.Role;
import com.souk.ordering.Order;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.Orders;
import com.souk.protection.DisputeScenario;
import com.souk.shipping.Shipments;
import com.souk.support.Api;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The seller's orders pages: what to ship first, shipping from the page, more protection time, one order. */
@SoukIntegrationTest
class SellerOrdersPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;

    @Autowired
    Orders orders;

    @Autowired
    Shipments shipments;

    @Autowired
    DisputeScenario scenario;

    private RequestPostProcessor as(String username) {
        return user(fixtures.user(username));
    }

    /** A paid order of a new buyer from the seller, waiting for shipment. */
    private long paidOrder(String seller, long price) {
        String buyer = fixtures.newUser(Role.BUYER);
        Product product = fixtures.product(seller, "books", price, 5);
        Api.Reply placed = api.post(buyer, "/api/orders", Fixtures.checkout(product.id(), 1, Fixtures.GOOD_CARD));
        assertThat(placed.status()).as(placed.body().toString()).isEqualTo(201);
        long id = placed.body().get("id").asLong();
        scenario.awaitStatus(id, OrderStatus.AWAITING_SHIPMENT);
        return id;
    }

    private void shipByApi(String seller, long orderId) {
        assertThat(api.post(seller, "/api/orders/" + orderId + "/shipment",
                Map.of("carrier", "DHL", "trackingNumber", "API-" + orderId)).status()).isEqualTo(202);
    }

    @Test
    void putsOrdersToShipFirstEachWithAShipForm() throws Exception {
        String seller = fixtures.newUser(Role.SELLER);
        long older = paidOrder(seller, 1_000);
        long shipped = paidOrder(seller, 2_000);
        shipByApi(seller, shipped);
        long newer = paidOrder(seller, 3_000);

        String page = mvc.perform(get("/seller/orders").with(as(seller)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("2 order(s) on this page waiting for you to ship")
                .contains("id=\"ship-" + older + "\"").contains("id=\"ship-" + newer + "\"")
                .doesNotContain("id=\"ship-" + shipped + "\"")
                .as("no protection-time question nobody asked").doesNotContain("id=\"approve-");
        assertThat(page.indexOf("id=\"order-" + older + "\"")).as("due soonest on top")
                .isLessThan(page.indexOf("id=\"order-" + newer + "\""));
        assertThat(page.indexOf("id=\"order-" + newer + "\"")).as("orders to ship before the others")
                .isLessThan(page.indexOf("id=\"order-" + shipped + "\""));
        assertThat(page).contains("badge AWAITING_SHIPMENT").contains("badge SHIPPED").contains("€30.00");
    }

    @Test
    void shipsAnOrderFromTheListAndTheOrderBecomesShipped() throws Exception {
        String seller = fixtures.newUser(Role.SELLER);
        long id = paidOrder(seller, 1_500);

        mvc.perform(post("/seller/orders/" + id + "/shipment").with(as(seller)).with(csrf())
                        .param("carrier", " DPD ").param("trackingNumber", "DPD-778899"))
                .andExpect(redirectedUrl("/seller/orders?page=0"))
                .andExpect(flash().attribute("notice", "Order " + id + " is on its way with DPD, tracking DPD-778899."));

        Order order = orders.byId(id).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.autoConfirmAt()).isNotNull();
        assertThat(shipments.forOrder(id).orElseThrow().trackingNumber()).isEqualTo("DPD-778899");
        mvc.perform(get("/seller/orders/" + id).with(as(seller)))
                .andExpect(content().string(containsString("DPD-778899")))
                .andExpect(content().string(containsString("badge SHIPPED")))
                .andExpect(content().string(containsString("href=\"/seller/orders/" + id + "/messages\"")));
    }

    @Test
    void showsMissingShipmentFieldsNextToThatOrderAndShipsNothing() throws Exception {
        String seller = fixtures.newUser(Role.SELLER);
        long id = paidOrder(seller, 1_500);

        mvc.perform(post("/seller/orders/" + id + "/shipment").with(as(seller)).with(csrf())
                        .param("carrier", "").param("trackingNumber", "X".repeat(61)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Order " + id + " was not shipped")))
                .andExpect(content().string(containsString("name the carrier, e.g. DHL")))
                .andExpect(content().string(containsString("at most 60 characters")));
        mvc.perform(post("/seller/orders/" + id + "/shipment").with(as(seller)).with(csrf())
                        .param("from", "order").param("carrier", "UPS").param("trackingNumber", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enter the tracking number")))
                .andExpect(content().string(containsString("value=\"UPS\"")));
        assertThat(orders.byId(id).orElseThrow().status()).isEqualTo(OrderStatus.AWAITING_SHIPMENT);
        assertThat(shipments.forOrder(id)).isEmpty();
    }

    @Test
    void saysSoOnThePageWhenTheOrderWasAlreadyShipped() throws Exception {
        String seller = fixtures.newUser(Role.SELLER);
        long id = paidOrder(seller, 1_500);
        shipByApi(seller, id);

        mvc.perform(post("/seller/orders/" + id + "/shipment").with(as(seller)).with(csrf())
                        .param("from", "order").param("carrier", "UPS").param("trackingNumber", "1Z"))
                .andExpect(redirectedUrl("/seller/orders/" + id))
                .andExpect(flash().attribute("problem", "Order " + id + " cannot be shipped while it is SHIPPED."));
        assertThat(shipments.forOrder(id).orElseThrow().carrier()).isEqualTo("DHL");
    }

    @Test
    void approvesTheBuyersRequestForMoreProtectionTime() throws Exception {
        String seller = fixtures.newUser(Role.SELLER);
        String buyer = fixtures.newUser(Role.BUYER);
        Product product = fixtures.product(seller, "books", 2_000, 5);
        long id = api.post(buyer, "/api/orders", Fixtures.checkout(product.id(), 1, Fixtures.GOOD_CARD)).body()
                .get("id").asLong();
        scenario.awaitStatus(id, OrderStatus.AWAITING_SHIPMENT);
        shipByApi(seller, id);
        assertThat(api.post(buyer, "/api/orders/" + id + "/protection-extension", Map.of("days", 7)).status())
                .isEqualTo(202);
        var before = orders.byId(id).orElseThrow().autoConfirmAt();

        mvc.perform(get("/seller/orders").with(as(seller)))
                .andExpect(content().string(containsString("The buyer asks for <strong>7</strong> more day(s)")))
                .andExpect(content().string(containsString("id=\"approve-" + id + "\"")));
        mvc.perform(post("/seller/orders/" + id + "/protection-extension/approval").with(as(seller)).with(csrf()))
                .andExpect(redirectedUrl("/seller/orders?page=0"));

        assertThat(orders.byId(id).orElseThrow().autoConfirmAt()).isEqualTo(before.plus(Duration.ofDays(7)));
        mvc.perform(get("/seller/orders").with(as(seller)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"approve-" + id + "\""))));
    }

    @Test
    void showsOneOrderWithItemsAddressDeadlinesAndTimeline() throws Exception {
        String seller = fixtures.newUser(Role.SELLER);
        long id = paidOrder(seller, 4_200);
        mvc.perform(get("/seller/orders/" + id).with(as(seller)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hamburg")))
                .andExpect(content().string(containsString("€42.00")))
                .andExpect(content().string(containsString("Ship by")))
                .andExpect(content().string(containsString("Payment held in escrow")))
                .andExpect(content().string(containsString("id=\"ship-" + id + "\"")));
    }

    @Test
    void answersNotFoundForAnotherSellersOrder() throws Exception {
        long id = paidOrder("sam", 1_000);
        mvc.perform(get("/seller/orders/" + id).with(as("sara")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("You have no order " + id)));
        mvc.perform(post("/seller/orders/" + id + "/shipment").with(as("sara")).with(csrf())
                        .param("carrier", "DHL").param("trackingNumber", "STOLEN"))
                .andExpect(status().isNotFound());
        assertThat(orders.byId(id).orElseThrow().status()).isEqualTo(OrderStatus.AWAITING_SHIPMENT);
    }

    @Test
    void forbidsBuyersTheSellersOrderPages() throws Exception {
        long id = paidOrder("sam", 1_000);
        mvc.perform(get("/seller/orders/" + id).with(as("alice"))).andExpect(status().isForbidden());
        mvc.perform(post("/seller/orders/" + id + "/shipment").with(as("alice")).with(csrf())
                .param("carrier", "DHL").param("trackingNumber", "X")).andExpect(status().isForbidden());
    }
}
