package com.souk.reviews;

import com.souk.common.SqlTimes;
import com.souk.catalog.Ratings;
import com.souk.protection.DisputeSettled;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dispute outcomes count towards the seller's rating: a dispute that ends with money back to the buyer (all
 * or part of it, however decided) counts as one 1-star rating; one rejected in the seller's favour counts
 * nothing, and that buyer may still review the completed order. It runs in the settling transaction, so a
 * failure here retries the settlement instead of losing the rating, and each dispute counts once.
 *
 * <p>Kept on JdbcClient: dispute_ratings is an insert-once record keyed by the dispute, and the insert's
 * {@code on conflict do nothing} answering 0 rows is how a replayed settlement learns it counted already; an entity
 * would need a lookup first and still race.
 */
@Component
class DisputeOutcomeRatings {

    static final int STARS_FOR_A_REFUND = 1;

    private final JdbcClient jdbc;
    private final Ratings ratings;
    private final Clock clock;

    DisputeOutcomeRatings(JdbcClient jdbc, Ratings ratings, Clock clock) {
        this.jdbc = jdbc;
        this.ratings = ratings;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(DisputeSettled settled) {
        if (!settled.refundedBuyer()) {
            return;
        }
        int counted = jdbc.sql("""
                insert into dispute_ratings (dispute_id, seller_id, stars, counted_at) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(settled.disputeId(), settled.sellerId(), STARS_FOR_A_REFUND,
                        SqlTimes.utc(clock.instant()))
                .update();
        if (counted == 1) {
            ratings.rateSeller(settled.sellerId(), STARS_FOR_A_REFUND);
        }
    }
}
