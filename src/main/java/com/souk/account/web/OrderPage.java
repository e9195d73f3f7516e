package com.souk.account.web;

import com.souk.common.web.DisplayDates;
import com.souk.common.web.MoneyFormat;
import com.souk.identity.SoukUser;
import com.souk.identity.Users;
import com.souk.messaging.Message;
import com.souk.messaging.MessagePage;
import com.souk.messaging.OrderMessages;
import com.souk.ordering.ExtendProtection;
import com.souk.ordering.Order;
import com.souk.ordering.OrderAccess;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.OrderTimeline;
import com.souk.protection.Dispute;
import com.souk.protection.DisputeStatus;
import com.souk.protection.Disputes;
import com.souk.reviews.Invitation;
import com.souk.reviews.Review;
import com.souk.reviews.ReviewInvitations;
import com.souk.reviews.Reviews;
import com.souk.shipping.Shipment;
import com.souk.shipping.Shipments;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Everything the buyer's order page shows: the order, its story, what comes next, what the buyer may do now, the
 * review once the order is complete, and the conversation with the seller.
 */
@Component
class OrderPage {

    static final int MESSAGES_PER_PAGE = 20;

    private final OrderAccess access;
    private final OrderTimeline timeline;
    private final Shipments shipments;
    private final Disputes disputes;
    private final ExtendProtection extendProtection;
    private final ReviewInvitations invitations;
    private final Reviews reviews;
    private final OrderMessages messages;
    private final Users users;
    private final MoneyFormat money;
    private final DisplayDates dates;
    private final Clock clock;

    OrderPage(OrderAccess access, OrderTimeline timeline, Shipments shipments, Disputes disputes,
            ExtendProtection extendProtection, ReviewInvitations invitations, Reviews reviews, OrderMessages messages,
            Users users, MoneyFormat money, DisplayDates dates, Clock clock) {
        this.access = access;
        this.timeline = timeline;
        this.shipments = shipments;
        this.disputes = disputes;
        this.extendProtection = extendProtection;
        this.invitations = invitations;
        this.reviews = reviews;
        this.messages = messages;
        this.users = users;
        this.money = money;
        this.dates = dates;
        this.clock = clock;
    }

    /** One line of the order's story. */
    public record Event(Instant at, String label, String detail) {
    }

    /** The dispute as its buyer reads it. */
    public record DisputeView(Dispute dispute, String reason, String status, String sellerDecision,
            String agentOutcome) {
    }

    /** What the buyer may do in the order's current state. */
    public record Actions(boolean cancel, boolean confirmReceipt, boolean extendProtection, boolean openDispute,
            boolean answerOffer) {
        public boolean any() {
            return cancel || confirmReceipt || extendProtection || openDispute || answerOffer;
        }
    }

    /**
     * The review part: the invitation (null until the order is complete and invited), the buyer's review once
     * written, and whether the form is open (invited, not reviewed, window not closed).
     */
    public record ReviewState(Invitation invitation, Review review, boolean open) {
        public boolean closed() {
            return invitation != null && review == null && !open;
        }
    }

    /** A page of the conversation with the seller, as the shared thread fragment shows it. */
    public record Messages(MessagePage page, Map<Long, String> names, long viewerId) {
    }

    public record View(Order order, String sellerName, Shipment shipment, List<Event> timeline, String nextStep,
            Integer pendingExtensionDays, DisputeView dispute, Actions actions, ReviewState review,
            Messages messages) {
    }

    /** As {@link #of(SoukUser, long, Integer)} with the newest messages. */
    View of(SoukUser buyer, long orderId) {
        return of(buyer, orderId, null);
    }

    /**
     * The buyer's own order; any other id is "not found", whether it exists or not. Showing the conversation marks
     * it read; {@code messagesPage} null shows its newest page.
     */
    View of(SoukUser buyer, long orderId, Integer messagesPage) {
        Order order = access.ofBuyer(buyer, orderId);
        Dispute dispute = disputes.byOrder(orderId).orElse(null);
        Integer pending = order.status() == OrderStatus.SHIPPED ? extendProtection.pendingDays(orderId).orElse(null)
                : null;
        List<Event> events = timeline.of(orderId).stream()
                .map(e -> new Event(e.at(), Labels.event(e.event()), Labels.detail(e.event(), e.detail())))
                .toList();
        boolean shipped = order.status() == OrderStatus.SHIPPED;
        Actions actions = new Actions(order.status() == OrderStatus.AWAITING_SHIPMENT, shipped, shipped && pending == null, shipped && dispute == null,
                dispute != null && dispute.status() == DisputeStatus.AWAITING_BUYER);
        return new View(order, users.displayNames(List.of(order.sellerId())).get(order.sellerId()),
                shipments.forOrder(orderId).orElse(null), events, nextStep(order, dispute), pending,
                dispute == null ? null : disputeView(dispute), actions, reviewState(orderId),
                messages(buyer, orderId, messagesPage));
    }

    private ReviewState reviewState(long orderId) {
        Invitation invitation = invitations.forOrder(orderId).orElse(null);
        Review review = invitation == null ? null : reviews.byOrder(orderId).orElse(null);
        return new ReviewState(invitation, review,
                invitation != null && review == null && invitation.openAt(clock.instant()));
    }

    private Messages messages(SoukUser buyer, long orderId, Integer page) {
        MessagePage found = MessagePage.requestedOrNewest(page,
                n -> messages.read(buyer, orderId, n, MESSAGES_PER_PAGE));
        List<Long> senders = found.content().stream().map(Message::senderId).distinct().toList();
        return new Messages(found, users.displayNames(senders), buyer.id());
    }

    String nextStep(Order o, Dispute d) {
        String card = "your card ending " + o.cardLast4();
        return switch (o.status()) {
            case PLACED -> "We are confirming your payment with the card issuer. This takes a few seconds; "
                    + "reload the page to see the result.";
            case AWAITING_SHIPMENT -> "The seller must ship " + dates.deadline(o.shipByAt())
                    + ". If they do not, the order is cancelled and you get all your money back. Until it ships you "
                    + "may cancel it yourself.";
            case SHIPPED -> "Auto-confirms " + dates.deadline(o.autoConfirmAt()) + " unless you open a dispute. "
                    + "Confirm receipt once the goods have arrived as described; the payment then goes to the seller.";
            case IN_DISPUTE -> disputeStep(d);
            case COMPLETED -> "This order is complete: the payment went to the seller.";
            case REFUNDED -> money.format(o.refunded()) + " was refunded to " + card + ".";
            case PARTIALLY_REFUNDED -> money.format(o.refunded()) + " of " + money.format(o.total())
                    + " was refunded to " + card + "; the rest went to the seller.";
            case CANCELLED -> cancelledStep(o, card);
            case PAYMENT_DECLINED -> "The card issuer declined " + card + ", so nothing was charged and the order "
                    + "will not go ahead. To buy these items, order them again with another card.";
            case REJECTED -> "The seller did not have enough stock, so the order did not go ahead and nothing was "
                    + "charged.";
        };
    }

    private String cancelledStep(Order o, String card) {
        String why = o.cancelledByBuyer() ? "You cancelled this order before it shipped"
                : "The seller did not ship in time, so the order was cancelled";
        if (o.refunded().amountMinor() == 0) {
            return why + ". " + money.format(o.total()) + " is being refunded to " + card
                    + "; reload the page in a few seconds to see it done.";
        }
        return why + ", and " + money.format(o.refunded()) + " was refunded to " + card + ".";
    }

    private String disputeStep(Dispute d) {
        if (d == null) {
            return "Your dispute is being set up.";
        }
        return switch (d.status()) {
            case AWAITING_SELLER -> "The seller has been asked to respond to your dispute. Your money stays in "
                    + "escrow meanwhile.";
            case AWAITING_BUYER -> "The seller offers to refund " + money.format(d.offeredRefund())
                    + ". Accept or decline the offer below; if you decline, Souk reviews the dispute.";
            case IN_REVIEW -> "A Souk agent is reviewing your dispute and will decide. Your money stays in escrow "
                    + "meanwhile.";
            case SETTLED -> "Your dispute is settled; the money is on its way.";
        };
    }

    private static DisputeView disputeView(Dispute d) {
        return new DisputeView(d, Labels.reason(d.reason()), Labels.status(d.status()),
                d.sellerDecision() == null ? null : Labels.decision(d.sellerDecision()),
                d.agentOutcome() == null ? null : Labels.outcome(d.agentOutcome()));
    }
}
