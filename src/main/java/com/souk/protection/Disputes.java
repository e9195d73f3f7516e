package com.souk.protection;

import com.souk.ordering.OrderEvent;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The disputes, each loaded whole; saving checks the version, so two changes of one dispute cannot both win. */
public interface Disputes extends Repository<Dispute, Long> {

    Dispute save(Dispute dispute);

    /** Disputes in review that no agent has decided yet, oldest first. */
    @Query("""
            select d from Dispute d where d.status = com.souk.protection.DisputeStatus.IN_REVIEW
            and d.agentOutcome is null order by d.id""")
    List<Dispute> inReviewUndecided();

    Optional<Dispute> findById(long id);

    default Optional<Dispute> byId(long id) {
        return findById(id);
    }

    @Query("select d from Dispute d where d.orderId = :orderId")
    Optional<Dispute> findByOrderId(long orderId);

    default Optional<Dispute> byOrder(long orderId) {
        return findByOrderId(orderId);
    }

    /** Disputes against the seller: those waiting for the seller's answer first, then newest first. */
    @Query("""
            select d from Dispute d where d.sellerId = :sellerId
            order by case when d.status = com.souk.protection.DisputeStatus.AWAITING_SELLER then 0 else 1 end,
              d.id desc""")
    List<Dispute> againstSeller(long sellerId, Pageable page);

    default List<Dispute> againstSeller(long sellerId, int page, int size) {
        return againstSeller(sellerId, Pageable.ofSize(size).withPage(page));
    }

    @Query("select d from Dispute d where d.outcome = :outcome order by d.settledAt desc, d.id desc")
    List<Dispute> findByOutcomeOrderBySettledAtDescIdDesc(String outcome, Pageable page);

    @Query("select count(d) from Dispute d where d.outcome = :outcome")
    long countByOutcome(String outcome);

    /** Disputes dispute triage refunded without an agent, the latest first. */
    default List<Dispute> autoRefunded(int page, int size) {
        return findByOutcomeOrderBySettledAtDescIdDesc(OrderEvent.AUTO_REFUNDED_BY_TRIAGE.name(),
                Pageable.ofSize(size).withPage(page));
    }

    default long countAutoRefunded() {
        return countByOutcome(OrderEvent.AUTO_REFUNDED_BY_TRIAGE.name());
    }

    @Query("select count(d) from Dispute d where d.sellerId = :sellerId")
    long countBySellerId(long sellerId);

    default long countAgainstSeller(long sellerId) {
        return countBySellerId(sellerId);
    }

    @Query("select count(d) from Dispute d where d.buyerId = :buyerId")
    long countByBuyerId(long buyerId);

    default long countByBuyer(long buyerId) {
        return countByBuyerId(buyerId);
    }

    /** Disputes against the seller that ended with money back to the buyer, whoever decided it. */
    @Query("""
            select count(d) from Dispute d where d.sellerId = :sellerId
              and d.status = com.souk.protection.DisputeStatus.SETTLED and d.refundMinor > 0""")
    long refundedAgainstSeller(long sellerId);

    /**
     * The seller's defects since the instant: disputes settled then with money back to the buyer that the seller did
     * not agree to (triage, an agent or the seller's silence decided them). A refund the seller accepted or offered
     * is the seller resolving the problem, not a defect.
     */
    default long defectsOfSellerSince(long sellerId, Instant since) {
        return refundedAgainstSellerSinceExcept(sellerId, since,
                List.of(OrderEvent.SELLER_ACCEPTED_REFUND.name(), OrderEvent.PARTIAL_OFFER_ACCEPTED.name()));
    }

    @Query("""
            select count(d) from Dispute d where d.sellerId = :sellerId and d.settledAt >= :since
              and d.refundMinor > 0 and d.outcome not in :outcomes""")
    long refundedAgainstSellerSinceExcept(long sellerId, Instant since, Collection<String> outcomes);
}
