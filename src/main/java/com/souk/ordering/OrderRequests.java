package com.souk.ordering;

import com.souk.common.SqlTimes;
import com.souk.common.BusinessRuleException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Idempotency keys of checkout requests and the orders they created. Kept on JdbcClient: it is an insert-once table
 * whose unique key is how two requests with the same key at the same moment find each other, not an aggregate.
 */
@Repository
class OrderRequests {

    private final JdbcClient jdbc;

    OrderRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The order an earlier request with this key created; the same key with another body is refused. */
    Optional<Long> find(long buyerId, String key, String hash) {
        record Earlier(String hash, long orderId) {
        }
        Optional<Earlier> earlier = jdbc.sql(
                "select request_hash, order_id from order_requests where buyer_id = ? and idempotency_key = ?")
                .params(buyerId, key).query((rs, n) -> new Earlier(rs.getString(1), rs.getLong(2))).optional();
        if (earlier.isPresent() && !earlier.get().hash().equals(hash)) {
            throw new BusinessRuleException("The Idempotency-Key '" + key
                    + "' was already used for a different order request. Use a new key for a new order.");
        }
        return earlier.map(Earlier::orderId);
    }

    void record(long buyerId, String key, String hash, long orderId, Instant now) {
        jdbc.sql("""
                insert into order_requests (buyer_id, idempotency_key, request_hash, order_id, created_at)
                values (?, ?, ?, ?, ?)""").params(buyerId, key, hash, orderId, SqlTimes.utc(now)).update();
    }

    static String hash(PlaceOrder.Checkout checkout) {
        StringBuilder text = new StringBuilder();
        checkout.items().forEach(l -> text.append(l.productId()).append('x').append(l.quantity()).append(';'));
        text.append(checkout.address()).append('|').append(checkout.card().number()).append('|')
                .append(checkout.card().expiry()).append('|').append(checkout.card().cvc());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
