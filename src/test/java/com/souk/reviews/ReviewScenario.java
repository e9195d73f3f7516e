package com.souk.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.catalog.Product;
import com.souk.ordering.OrderStatus;
import com.souk.protection.DisputeScenario;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.support.Api;
import com.souk.support.Eventually;
import com.souk.support.Fixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.springframework.beans.factory.annotation.Autowired;

/** Steps the review tests share: an order of a fresh seller taken to completion and its invitation. */
public class ReviewScenario {

    @Autowired
    Api api;

    @Autowired
    DisputeScenario disputes;

    @Autowired
    ReviewInvitations invitations;

    /** A new buyer's order of one product of a new seller, confirmed by the buyer, with its invitation out. */
    public Shipped completedOrder(String category, long price) {
        Shipped order = disputes.shippedOrderOfANewSeller(category, price);
        confirm(order.buyer(), order.orderId());
        return order;
    }

    /** A new buyer's order of the given products (one seller), confirmed; returns the order id. */
    public long completedOrder(String buyer, String seller, List<Product> products) {
        List<Map<String, Object>> items = products.stream()
                .map(p -> Map.<String, Object>of("productId", p.id(), "quantity", 1)).toList();
        Api.Reply placed = api.post(buyer, "/api/orders", Fixtures.checkout(items, Fixtures.GOOD_CARD));
        assertThat(placed.status()).as(placed.body().toString()).isEqualTo(201);
        long id = placed.body().get("id").asLong();
        disputes.awaitStatus(id, OrderStatus.AWAITING_SHIPMENT);
        assertThat(api.post(seller, "/api/orders/" + id + "/shipment",
                Map.of("carrier", "DHL", "trackingNumber", "TRACK-" + id)).status()).isEqualTo(202);
        confirm(buyer, id);
        return id;
    }

    public Invitation awaitInvitation(long orderId) {
        return Eventually.until(() -> invitations.forOrder(orderId).orElse(null), Matchers.notNullValue());
    }

    public Api.Reply review(String buyer, long orderId, Object productRating, Object sellerRating, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("productRating", productRating);
        body.put("sellerRating", sellerRating);
        body.put("text", text);
        return api.post(buyer, "/api/orders/" + orderId + "/reviews", body);
    }

    private void confirm(String buyer, long orderId) {
        assertThat(api.post(buyer, "/api/orders/" + orderId + "/receipt", null).status()).isEqualTo(202);
        disputes.awaitStatus(orderId, OrderStatus.COMPLETED);
        awaitInvitation(orderId);
    }
}
