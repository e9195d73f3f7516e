package com.souk.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Double-entry bookkeeping. Postings are never changed; each transaction is keyed by order and operation,
 * so a replayed job finds its transaction already there and posts nothing. Kept on JdbcClient: an append-only table
 * written with insert-on-conflict and read as sums, which SQL states directly and an entity would only load row by row.
 */
@Component
public class Ledger {

    private static final int TOTALS_BATCH = 1_000;

    private final JdbcClient jdbc;
    private final Clock clock;

    Ledger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Posts the entries once; returns false when this order already has this operation. */
    boolean post(long orderId, String operation, String currency, Map<String, Long> entries) {
        long sum = entries.values().stream().mapToLong(Long::longValue).sum();
        if (sum != 0) {
            throw new IllegalArgumentException("a transaction must sum to zero, got " + sum + " for " + operation);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int inserted = jdbc.sql("""
                insert into ledger_transactions (order_id, operation, currency, created_at) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(orderId, operation, currency, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update(key, "id");
        if (inserted == 0) {
            return false;
        }
        long transactionId = key.getKey().longValue();
        entries.forEach((account, amount) -> jdbc.sql(
                "insert into ledger_postings (transaction_id, account, amount_minor, currency) values (?, ?, ?, ?)")
                .params(transactionId, account, amount, currency).update());
        return true;
    }

    boolean has(long orderId, String operation) {
        return jdbc.sql("select count(*) from ledger_transactions where order_id = ? and operation = ?")
                .params(orderId, operation).query(Long.class).single() > 0;
    }

    public long balance(String account) {
        return jdbc.sql("select coalesce(sum(amount_minor), 0) from ledger_postings where account = ?")
                .param(account).query(Long.class).single();
    }

    public List<Posting> postingsFor(long orderId) {
        return jdbc.sql("""
                select p.transaction_id, t.operation, p.account, p.amount_minor, p.currency, t.created_at
                from ledger_postings p join ledger_transactions t on t.id = p.transaction_id
                where t.order_id = ? order by p.transaction_id, p.id""")
                .param(orderId).query(Ledger::posting).list();
    }

    /** Each order's totals, orders without postings left out; an order's totals come from one statement. */
    public List<OrderMoneyTotals> totalsByOrder(Collection<Long> orderIds) {
        List<Long> ids = List.copyOf(orderIds);
        List<OrderMoneyTotals> totals = new ArrayList<>();
        // A statement takes a limited number of parameters; a busy seller has more orders than that.
        for (int from = 0; from < ids.size(); from += TOTALS_BATCH) {
            totals.addAll(totalsOf(ids.subList(from, Math.min(ids.size(), from + TOTALS_BATCH))));
        }
        return totals;
    }

    private List<OrderMoneyTotals> totalsOf(List<Long> orderIds) {
        return jdbc.sql("""
                select t.order_id, t.currency,
                  coalesce(sum(case when t.operation = 'HOLD' and p.account like 'escrow:%' then p.amount_minor end), 0),
                  coalesce(sum(case when p.account like 'escrow:%' then p.amount_minor end), 0),
                  coalesce(sum(case when p.account like 'seller:%' then p.amount_minor end), 0),
                  coalesce(sum(case when p.account = 'platform:revenue' then p.amount_minor end), 0),
                  coalesce(sum(case when t.operation like 'REFUND%' and p.account = 'external:card' then p.amount_minor end), 0)
                from ledger_postings p join ledger_transactions t on t.id = p.transaction_id
                where t.order_id in (:ids)
                group by t.order_id, t.currency order by t.order_id""")
                .param("ids", orderIds)
                .query((rs, n) -> new OrderMoneyTotals(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)))
                .list();
    }

    /** All totals come from one statement, so postings committed meanwhile cannot skew one total against another. */
    public LedgerSummary summary() {
        record Totals(long held, long released, long commission, long refunded, long inEscrow) {
        }
        Totals totals = jdbc.sql("""
                select
                  coalesce(sum(case when t.operation = 'HOLD' and p.account like 'escrow:%' then p.amount_minor end), 0),
                  coalesce(sum(case when p.account like 'seller:%' then p.amount_minor end), 0),
                  coalesce(sum(case when p.account = 'platform:revenue' then p.amount_minor end), 0),
                  coalesce(sum(case when t.operation like 'REFUND%' and p.account = 'external:card' then p.amount_minor end), 0),
                  coalesce(sum(case when p.account like 'escrow:%' then p.amount_minor end), 0)
                from ledger_postings p join ledger_transactions t on t.id = p.transaction_id""")
                .query((rs, n) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .single();
        long unbalancedTransactions = jdbc.sql("""
                select count(*) from (select transaction_id from ledger_postings
                group by transaction_id having sum(amount_minor) <> 0) unbalanced""").query(Long.class).single();
        long negativeEscrows = jdbc.sql("""
                select count(*) from (select account from ledger_postings where account like 'escrow:%'
                group by account having sum(amount_minor) < 0) negative""").query(Long.class).single();
        boolean balanced = unbalancedTransactions == 0 && negativeEscrows == 0
                && totals.held() == totals.released() + totals.commission() + totals.refunded() + totals.inEscrow();
        return new LedgerSummary(totals.held(), totals.released(), totals.commission(), totals.refunded(),
                totals.inEscrow(), balanced);
    }

    private static Posting posting(ResultSet rs, int row) throws SQLException {
        return new Posting(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getObject(6, OffsetDateTime.class).toInstant());
    }
}
