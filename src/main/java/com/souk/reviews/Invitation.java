package com.souk.reviews;

import com.souk.common.ConflictException;
import com.souk.common.IsoDurations;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;

/**
 * The buyer of a completed order is asked for a review, which is taken until {@code reviewBy} (table
 * review_invitations, one per order). Its terms never change once it is made: it closes by time, and the order's one
 * review is the sign that it was used. Two copies are therefore equal when they are the same order's invitation on
 * the same terms.
 */
@Entity
@Table(name = "review_invitations")
public class Invitation {

    @Id
    @Column(name = "order_id")
    private long orderId;

    @Column(name = "buyer_id", updatable = false)
    private long buyerId;

    @Column(name = "seller_id", updatable = false)
    private long sellerId;

    @Column(name = "invited_at", updatable = false)
    private Instant invitedAt;

    @Column(name = "review_by", updatable = false)
    private Instant reviewBy;

    /** Empty until first saved, which tells Spring Data to insert rather than look the row up first. */
    @Version
    private Integer version;

    protected Invitation() {
    }

    /**
     * Invites the order's buyer from now for the window.
     *
     * @param window an ISO-8601 period, e.g. {@code P30D}
     */
    static Invitation of(long orderId, long buyerId, long sellerId, Instant now, String window) {
        Invitation i = new Invitation();
        i.orderId = orderId;
        i.buyerId = buyerId;
        i.sellerId = sellerId;
        i.invitedAt = now.truncatedTo(ChronoUnit.MICROS);
        i.reviewBy = IsoDurations.after(i.invitedAt, window);
        return i;
    }

    public boolean openAt(Instant now) {
        return !now.isAfter(reviewBy);
    }

    /**
     * The invited buyer's review of the order, while the window is open.
     *
     * @throws ConflictException when someone else than the invited buyer writes it, or the window has closed
     */
    Review review(long buyerId, int productRating, int sellerRating, String text, Collection<Long> productIds,
            Instant now) {
        if (buyerId != this.buyerId) {
            throw new ConflictException("Only the buyer of order " + orderId + " reviews it.");
        }
        if (!openAt(now)) {
            throw new ConflictException("The review window of order " + orderId + " closed on " + reviewBy
                    + "; reviews are no longer taken for it.");
        }
        return new Review(orderId, buyerId, sellerId, productRating, sellerRating, text, productIds, now);
    }

    public long orderId() {
        return orderId;
    }

    public long buyerId() {
        return buyerId;
    }

    public long sellerId() {
        return sellerId;
    }

    public Instant invitedAt() {
        return invitedAt;
    }

    public Instant reviewBy() {
        return reviewBy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Invitation that && orderId == that.orderId() && buyerId == that.buyerId()
                && sellerId == that.sellerId() && Objects.equals(invitedAt, that.invitedAt())
                && Objects.equals(reviewBy, that.reviewBy());
    }

    @Override
    public int hashCode() {
        return Long.hashCode(orderId);
    }

    @Override
    public String toString() {
        return "Invitation[order " + orderId + ", buyer " + buyerId + ", " + invitedAt + " to " + reviewBy + "]";
    }
}
