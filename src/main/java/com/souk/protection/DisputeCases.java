package com.souk.protection;

import com.souk.common.Money;
import com.souk.common.SqlTimes;
import com.souk.ordering.OrderEvent;
import com.souk.ordering.PurchaseCases;
import com.souk.ordering.PurchaseCases.PurchaseCase;
import com.souk.ordering.PurchaseProcess;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Past disputes as rule simulations replay them: the variables the DisputeOpened message gave the process, over
 * those of the order, and how the dispute went (outcome, refund, and what triage decided where it got that far).
 * Kept on JdbcClient: a read model over every dispute of a period with a subquery on the timeline per row, replayed
 * and thrown away; loading each dispute as an aggregate would add a query per dispute and guard nothing.
 */
@Repository
public class DisputeCases {

    /** The variables the DisputeOpened message sets. */
    public static final Set<String> VARIABLES = Set.of(PurchaseProcess.VAR_DISPUTE_ID, PurchaseProcess.VAR_REASON,
            PurchaseProcess.VAR_REQUESTED_REFUND, PurchaseProcess.VAR_HAS_TRACKING, PurchaseProcess.VAR_SELLER_ORDERS_90D,
            PurchaseProcess.VAR_SELLER_DEFECT_RATE, PurchaseProcess.VAR_BUYER_PAST_DISPUTES);

    public static final String TRIAGE_AUTO_REFUND = "AUTO_REFUND";
    public static final String TRIAGE_AGENT_REVIEW = "AGENT_REVIEW";

    /** The outcome (the settling event) of a dispute triage refunded; see bpmn/purchase.bpmn. */
    static final String AUTO_REFUNDED = OrderEvent.AUTO_REFUNDED_BY_TRIAGE.name();

    // The message is rebuilt from the facts kept with the dispute (TriageFacts); a dispute opened before Souk kept
    // seller standing replays with those inputs empty, as the table sees a seller with no history.
    // AGENT_REVIEW_REQUESTED is the timeline event DisputeSettlement.toAgentReview records when triage hands over.
    private static final String SELECT = """
            select d.id, d.order_id, d.reason, d.currency, d.requested_refund_minor, d.has_tracking, d.seller_orders_90d,
              d.seller_defect_rate, d.buyer_past_disputes, d.opened_at, d.outcome, d.refund_minor, d.agent_outcome,
              exists (select 1 from order_events e where e.order_id = d.order_id and e.event = 'AGENT_REVIEW_REQUESTED')
                as agent_review
            from disputes d
            """;

    private final JdbcClient jdbc;
    private final PurchaseCases purchases;

    DisputeCases(JdbcClient jdbc, PurchaseCases purchases) {
        this.jdbc = jdbc;
        this.purchases = purchases;
    }

    /**
     * One past dispute. {@code variables} are its order's start variables with the DisputeOpened message's over
     * them; {@code triage} is what dispute triage decided ({@link #TRIAGE_AUTO_REFUND} or
     * {@link #TRIAGE_AGENT_REVIEW}), null where the dispute ended before triage (or has not reached it yet).
     */
    public record DisputeCase(long disputeId, long orderId, Map<String, Object> variables, Instant openedAt,
            Money requestedRefund, String outcome, Money refund, String triage, PurchaseCase order) {

        public DisputeCase {
            variables = Collections.unmodifiableMap(variables);
        }

        public boolean reachedTriage() {
            return triage != null;
        }
    }

    /** What one row says before the order's variables are merged in. */
    private record Row(long disputeId, long orderId, Map<String, Object> message, Instant openedAt, Money requested,
            String outcome, Money refund, String triage) {
    }

    /** Disputes opened at or after the instant (every dispute when null), newest first. */
    public List<DisputeCase> openedSince(Instant since) {
        List<Row> rows = since == null
                ? jdbc.sql(SELECT + " order by d.opened_at desc, d.id desc").query(DisputeCases::map).list()
                : jdbc.sql(SELECT + " where d.opened_at >= ? order by d.opened_at desc, d.id desc")
                        .param(SqlTimes.utc(since)).query(DisputeCases::map).list();
        Map<Long, PurchaseCase> orders = purchases.withIds(rows.stream().map(Row::orderId).distinct().toList())
                .stream().collect(Collectors.toMap(PurchaseCase::orderId, Function.identity()));
        return rows.stream().filter(r -> orders.containsKey(r.orderId())).map(r -> {
            PurchaseCase order = orders.get(r.orderId());
            Map<String, Object> variables = new HashMap<>(order.variables());
            variables.putAll(r.message());
            return new DisputeCase(r.disputeId(), r.orderId(), variables, r.openedAt(), r.requested(), r.outcome(),
                    r.refund(), r.triage(), order);
        }).toList();
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        String currency = rs.getString("currency");
        long requested = rs.getLong("requested_refund_minor");
        TriageFacts facts = new TriageFacts((Boolean) rs.getObject("has_tracking"),
                rs.getObject("seller_orders_90d", Integer.class),
                rs.getObject("seller_defect_rate", Double.class),
                rs.getObject("buyer_past_disputes", Integer.class));
        Map<String, Object> message = TriageFacts.message(id, DisputeReason.valueOf(rs.getString("reason")),
                requested, facts);
        String outcome = rs.getString("outcome");
        String triage = AUTO_REFUNDED.equals(outcome) ? TRIAGE_AUTO_REFUND
                : rs.getBoolean("agent_review") || rs.getString("agent_outcome") != null ? TRIAGE_AGENT_REVIEW : null;
        return new Row(id, rs.getLong("order_id"), message, SqlTimes.instant(rs, "opened_at"),
                Money.of(requested, currency), outcome,
                rs.getObject("refund_minor") == null ? null : Money.of(rs.getLong("refund_minor"), currency), triage);
    }
}
