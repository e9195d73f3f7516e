package com.souk.ordering;

import com.souk.common.SqlTimes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What happened to an order, in order: the timeline the buyer and seller read. */
@Repository
public class OrderTimeline {

    private final JdbcClient jdbc;

    OrderTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One thing that happened. */
    public record Entry(Instant at, String event, String detail) {
    }

    void append(long orderId, OrderEvent event, String detail, Instant at) {
        jdbc.sql("insert into order_events (order_id, at, event, detail) values (?, ?, ?, ?)")
                .params(orderId, SqlTimes.utc(at), event.name(), detail).update();
    }

    /** Appends unless the event is already there: process steps run at least once. */
    void appendOnce(long orderId, OrderEvent event, String detail, Instant at) {
        boolean present = jdbc.sql("select count(*) from order_events where order_id = ? and event = ?")
                .params(orderId, event.name()).query(Long.class).single() > 0;
        if (!present) {
            append(orderId, event, detail, at);
        }
    }

    public List<Entry> of(long orderId) {
        return jdbc.sql("select at, event, detail from order_events where order_id = ? order by id").param(orderId)
                .query((rs, n) -> new Entry(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                        rs.getString(3)))
                .list();
    }
}
