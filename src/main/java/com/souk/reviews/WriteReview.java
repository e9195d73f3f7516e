package com.souk.reviews;

import com.souk.catalog.Ratings;
import com.souk.common.ConflictException;
import com.souk.identity.SoukUser;
import com.souk.ordering.Order;
import com.souk.ordering.OrderAccess;
import com.souk.ordering.OrderItem;
import com.souk.ordering.OrderStatus;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The buyer reviews a completed order, once, while the invitation is open. The product stars go to every
 * product of the order, the seller stars to its seller; both aggregates move in the same transaction. The review's
 * one key per order is what refuses a second review written at the same moment as the first.
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
        List<Long> productIds = order.items().stream().map(OrderItem::productId).distinct().toList();
        Review review = invitation.review(buyer.id(), productRating, sellerRating, text, productIds, clock.instant());
        try {
            review = reviews.save(review);
        } catch (DataIntegrityViolationException sameOrderAtTheSameMoment) {
            throw alreadyReviewed(orderId);
        }
        ratings.rateProducts(productIds, productRating);
        ratings.rateSeller(order.sellerId(), sellerRating);
        return review;
    }

    private static ConflictException alreadyReviewed(long orderId) {
        return new ConflictException("Order " + orderId + " has already been reviewed; a review cannot be changed.");
    }
}
