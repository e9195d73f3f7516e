package com.souk.reviews;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The review invitations, one per completed order; {@link InviteReview} makes them. */
public interface ReviewInvitations extends Repository<Invitation, Long> {

    Invitation save(Invitation invitation);

    Optional<Invitation> findById(long orderId);

    default Optional<Invitation> forOrder(long orderId) {
        return findById(orderId);
    }
}
