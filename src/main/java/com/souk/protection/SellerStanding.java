package com.souk.protection;

import com.souk.ordering.Orders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a seller has handled buyers lately, as dispute triage and agents see it: the orders the seller finished in the
 * last 90 days and the defects among them (refunds the seller did not agree to). Unlike the star average buyers see,
 * one refund cannot swing it for a new seller: the triage table only looks at the rate once the seller has enough
 * orders (bpmn/dispute-triage.dmn says how many).
 */
@Component
public class SellerStanding {

    /** How far back standing looks. */
    public static final Duration WINDOW = Duration.ofDays(90);

    private final Orders orders;
    private final Disputes disputes;
    private final Clock clock;

    SellerStanding(Orders orders, Disputes disputes, Clock clock) {
        this.orders = orders;
        this.disputes = disputes;
        this.clock = clock;
    }

    /** A seller's standing at one moment; the rate is null while the seller has finished no order. */
    public record Standing(long finishedOrders, long defects) {

        public Double defectRate() {
            return finishedOrders == 0 ? null : (double) defects / finishedOrders;
        }
    }

    @Transactional(readOnly = true)
    public Standing of(long sellerId) {
        Instant since = clock.instant().minus(WINDOW);
        return new Standing(orders.finishedOfSellerSince(sellerId, since),
                disputes.defectsOfSellerSince(sellerId, since));
    }
}
