package com.souk.ordering;

import com.souk.common.NotFoundException;
import com.souk.identity.Role;
import com.souk.identity.SoukUser;
import org.springframework.stereotype.Component;

/** Who may see an order: its buyer, its seller, agents and admins. Anyone else learns nothing, not even that it exists. */
@Component
public class OrderAccess {

    private final Orders orders;

    OrderAccess(Orders orders) {
        this.orders = orders;
    }

    public Order visibleTo(SoukUser user, long orderId) {
        return orders.byId(orderId).filter(o -> canSee(user, o)).orElseThrow(() -> notFound(orderId));
    }

    public Order ofBuyer(SoukUser user, long orderId) {
        return orders.byId(orderId).filter(o -> o.buyerId() == user.id()).orElseThrow(() -> notFound(orderId));
    }

    public Order ofSeller(SoukUser user, long orderId) {
        return orders.byId(orderId).filter(o -> o.sellerId() == user.id()).orElseThrow(() -> notFound(orderId));
    }

    /** For callers that have already checked access to something that belongs to the order (its dispute). */
    public Order byIdForCase(long orderId) {
        return orders.byId(orderId).orElseThrow(() -> notFound(orderId));
    }

    static boolean canSee(SoukUser user, Order o) {
        return o.buyerId() == user.id() || o.sellerId() == user.id() || user.is(Role.AGENT) || user.is(Role.ADMIN);
    }

    private static NotFoundException notFound(long orderId) {
        return new NotFoundException("You have no order " + orderId + ".");
    }
}
