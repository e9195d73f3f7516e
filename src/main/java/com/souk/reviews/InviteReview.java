package com.souk.reviews;

import com.souk.ordering.Order;
import com.souk.ordering.OrderEvent;
import com.souk.ordering.Orders;
import com.souk.ordering.PurchaseSteps;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Invites the buyer of a completed order to review it, for as long as the model's review window says. */
@Service
public class InviteReview {

    private final ReviewInvitations invitations;
    private final Orders orders;
    private final PurchaseSteps steps;
    private final Clock clock;

    InviteReview(ReviewInvitations invitations, Orders orders, PurchaseSteps steps, Clock clock) {
        this.invitations = invitations;
        this.orders = orders;
        this.steps = steps;
        this.clock = clock;
    }

    /**
     * Invites once: a repeated call (a retried job) finds the invitation and keeps its deadline. Two runs of the same
     * job at the same moment, which the engine's job lock prevents, would meet on the primary key, and the loser's
     * job would be retried and find the invitation.
     *
     * @param window an ISO-8601 period from now, e.g. {@code P30D}
     */
    @Transactional
    public Invitation invite(long orderId, String window) {
        Optional<Invitation> earlier = invitations.forOrder(orderId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Order order = orders.byId(orderId).orElseThrow(() -> new IllegalStateException("order " + orderId + " is gone"));
        Invitation invitation = invitations.save(Invitation.of(orderId, order.buyerId(), order.sellerId(),
                clock.instant(), window));
        steps.record(orderId, null, OrderEvent.REVIEW_INVITED);
        return invitation;
    }
}
