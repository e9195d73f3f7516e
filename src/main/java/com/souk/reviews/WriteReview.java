package com.souk.reviews;

import com.souk.catalog.Ratings;
import com.souk.common.ConflictException;
import com.souk.identity.SoukUser;
import com.souk.ordering.Order;
import com.souk.ordering.OrderAccess;
import com.souk.ordering.OrderItem;
import com.souk.ordering.OrderStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The buyer reviews a completed order, once, while the invitation is open. The product stars go to every
 * product of the order, the seller stars to its seller; both aggregates move in the same transaction.
 */
@Service
public class WriteReview {

    private final OrderAccess access;
    private final ReviewInvitations invitations;
    private final Reviews reviews;
    private final Ratings ratings;
    private final Clock clock;

    WriteReview(OrderAccess access, ReviewInvitations invitations, Reviews reviews, Ratings ratings, Clock clock) {
        this.access = access;
        this.invitations = invitations;
        this.reviews = reviews;
        this.ratings = ratings;
        this.clock = clock;
    }

    @Transactional
    public Review write(SoukUser buyer, long orderId, int productRating, int sellerRating, String text) {
        Order order = access.ofBuyer(buyer, orderId);
        if (order.status() != OrderStatus.COMPLETED) {
            throw new ConflictException("Only completed orders can be reviewed; order " + orderId + " is "
                    + order.status() + ".");
        }
        Invitation invitation = invitations.forOrder(orderId).orElseThrow(() -> new ConflictException(
                "Order " + orderId + " is not open for review yet; the invitation follows its completion shortly."));
        if (reviews.byOrder(orderId).isPresent()) {
            throw alreadyReviewed(orderId);
        }
        Instant now = clock.instant();
        if (!invitation.openAt(now)) {
            throw new ConflictException("The review window of order " + orderId + " closed on "
                    + invitation.reviewBy() + "; reviews are no longer taken for it.");
        }
        List<Long> productIds = order.items().stream().map(OrderItem::productId).distinct().toList();
        String body = text == null || text.isBlank() ? null : text;
        try {
            reviews.insert(orderId, buyer.id(), order.sellerId(), productRating, sellerRating, body, productIds, now);
        } catch (DuplicateKeyException sameOrderAtTheSameMoment) {
            throw alreadyReviewed(orderId);
        }
        ratings.rateProducts(productIds, productRating);
        ratings.rateSeller(order.sellerId(), sellerRating);
        return reviews.byOrder(orderId).orElseThrow();
    }

    private static ConflictException alreadyReviewed(long orderId) {
        return new ConflictException("Order " + orderId + " has already been reviewed; a review cannot be changed.");
    }
}
