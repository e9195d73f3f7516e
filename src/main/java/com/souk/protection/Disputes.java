package com.souk.protection;

import com.souk.common.SqlTimes;
import com.souk.common.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The disputes table. Each change is one small update of the fields it concerns. */
@Repository
public class Disputes {

    private final JdbcClient jdbc;

    Disputes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What dispute triage is told about a new dispute, kept with it so rule simulations can replay it. */
    record TriageFacts(boolean hasTracking, Double sellerRating, long buyerPastDisputes) {
    }

    long open(long orderId, long buyerId, long sellerId, DisputeReason reason, String description, Money requested,
            TriageFacts facts, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into disputes (order_id, buyer_id, seller_id, reason, description, currency,
                  requested_refund_minor, status, opened_at, has_tracking, seller_rating, buyer_past_disputes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(orderId, buyerId, sellerId, reason.name(), description, requested.currency(),
                        requested.amountMinor(), DisputeStatus.AWAITING_SELLER.name(), SqlTimes.utc(now),
                        facts.hasTracking(), facts.sellerRating(), facts.buyerPastDisputes())
                .update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<Dispute> byId(long id) {
        return jdbc.sql("select * from disputes where id = ?").param(id).query(Disputes::map).optional();
    }

    public Optional<Dispute> byOrder(long orderId) {
        return jdbc.sql("select * from disputes where order_id = ?").param(orderId).query(Disputes::map).optional();
    }

    /** Disputes against the seller: those waiting for the seller's answer first, then newest first. */
    public List<Dispute> againstSeller(long sellerId, int page, int size) {
        return jdbc.sql("""
                select * from disputes where seller_id = ?
                order by case when status = 'AWAITING_SELLER' then 0 else 1 end, id desc limit ? offset ?""")
                .params(sellerId, size, (long) page * size).query(Disputes::map).list();
    }

    public long countAgainstSeller(long sellerId) {
        return jdbc.sql("select count(*) from disputes where seller_id = ?").param(sellerId).query(Long.class).single();
    }

    public long countByBuyer(long buyerId) {
        return jdbc.sql("select count(*) from disputes where buyer_id = ?").param(buyerId).query(Long.class).single();
    }

    /** Disputes against the seller that ended with money back to the buyer. */
    public long refundedAgainstSeller(long sellerId) {
        return jdbc.sql("select count(*) from disputes where seller_id = ? and status = 'SETTLED' and refund_minor > 0")
                .param(sellerId).query(Long.class).single();
    }

    void sellerResponded(long id, SellerDecision decision, String message, Long offeredMinor) {
        jdbc.sql("""
                update disputes set seller_decision = ?, seller_message = ?, offered_refund_minor = ?, status = ?
                where id = ?""")
                .params(decision.name(), message, offeredMinor, decision == SellerDecision.OFFER_PARTIAL
                        ? DisputeStatus.AWAITING_BUYER.name() : DisputeStatus.IN_REVIEW.name(), id)
                .update();
    }

    void buyerAnswered(long id, boolean accepted) {
        jdbc.sql("update disputes set offer_accepted = ?, status = ? where id = ?")
                .params(accepted, DisputeStatus.IN_REVIEW.name(), id).update();
    }

    void inReview(long id) {
        jdbc.sql("update disputes set status = ? where id = ? and status <> 'SETTLED'")
                .params(DisputeStatus.IN_REVIEW.name(), id).update();
    }

    void agentDecided(long id, long agentId, AgentOutcome outcome, String note) {
        jdbc.sql("update disputes set agent_id = ?, agent_outcome = ?, agent_note = ? where id = ?")
                .params(agentId, outcome.name(), note, id).update();
    }

    void escalated(long id) {
        jdbc.sql("update disputes set escalated = true where id = ?").param(id).update();
    }

    /** Whether this call settled it; a dispute already settled stays as it was. */
    boolean settled(long id, String outcome, long refundMinor, Instant now) {
        return jdbc.sql("""
                update disputes set status = 'SETTLED', outcome = ?, refund_minor = ?, settled_at = ?
                where id = ? and status <> 'SETTLED'""")
                .params(outcome, refundMinor, SqlTimes.utc(now), id).update() > 0;
    }

    private static Dispute map(ResultSet rs, int row) throws SQLException {
        String currency = rs.getString("currency");
        return new Dispute(rs.getLong("id"), rs.getLong("order_id"), rs.getLong("buyer_id"), rs.getLong("seller_id"),
                DisputeReason.valueOf(rs.getString("reason")), rs.getString("description"),
                Money.of(rs.getLong("requested_refund_minor"), currency), DisputeStatus.valueOf(rs.getString("status")),
                rs.getString("seller_decision") == null ? null : SellerDecision.valueOf(rs.getString("seller_decision")),
                rs.getString("seller_message"), money(rs, "offered_refund_minor", currency),
                (Boolean) rs.getObject("offer_accepted"),
                rs.getObject("agent_id") == null ? null : rs.getLong("agent_id"),
                rs.getString("agent_outcome") == null ? null : AgentOutcome.valueOf(rs.getString("agent_outcome")),
                rs.getString("agent_note"), rs.getString("outcome"), money(rs, "refund_minor", currency),
                rs.getBoolean("escalated"), SqlTimes.instant(rs, "opened_at"), SqlTimes.instant(rs, "settled_at"));
    }

    private static Money money(ResultSet rs, String column, String currency) throws SQLException {
        return rs.getObject(column) == null ? null : Money.of(rs.getLong(column), currency);
    }
}
