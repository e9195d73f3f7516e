package com.souk.messaging;

import com.souk.common.SqlTimes;
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

/** Conversations, their messages, and how far each party has read. */
@Repository
public class Conversations {

    private static final String UNREAD = """
            select count(*) from messages m join conversations c on c.id = m.conversation_id
            left join conversation_reads r on r.conversation_id = c.id and r.user_id = ?
            where (c.buyer_id = ? or c.seller_id = ?) and m.sender_id <> ? and m.id > coalesce(r.last_read_message_id, 0)""";

    private final JdbcClient jdbc;

    Conversations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Conversation> byId(long id) {
        return jdbc.sql("select * from conversations where id = ?").param(id).query(Conversations::map).optional();
    }

    public Optional<Conversation> ofOrder(long orderId) {
        return jdbc.sql("select * from conversations where order_id = ?").param(orderId)
                .query(Conversations::map).optional();
    }

    public Optional<Conversation> inquiry(long productId, long buyerId) {
        return jdbc.sql("select * from conversations where product_id = ? and buyer_id = ?").params(productId, buyerId)
                .query(Conversations::map).optional();
    }

    /** The order's conversation, started if there is none; two parties starting it at once get the same one. */
    Conversation startForOrder(long orderId, long buyerId, long sellerId, Instant now) {
        jdbc.sql("""
                insert into conversations (order_id, buyer_id, seller_id, created_at) values (?, ?, ?, ?)
                on conflict do nothing""").params(orderId, buyerId, sellerId, SqlTimes.utc(now)).update();
        return ofOrder(orderId).orElseThrow();
    }

    Conversation startInquiry(long productId, long buyerId, long sellerId, Instant now) {
        jdbc.sql("""
                insert into conversations (product_id, buyer_id, seller_id, created_at) values (?, ?, ?, ?)
                on conflict do nothing""").params(productId, buyerId, sellerId, SqlTimes.utc(now)).update();
        return inquiry(productId, buyerId).orElseThrow();
    }

    /** Inquiries the user is a party to, most recently active first. */
    public List<Conversation> inquiriesOf(long userId) {
        return jdbc.sql("""
                select * from conversations where product_id is not null and (buyer_id = ? or seller_id = ?)
                order by last_message_at desc, id desc""").params(userId, userId).query(Conversations::map).list();
    }

    /** The user's conversations of either kind, most recently active first, each with what the user has not read. */
    List<Inbox.Entry> ofUser(long userId, int page, int size) {
        return jdbc.sql("""
                select c.*, (select count(*) from messages m where m.conversation_id = c.id and m.sender_id <> ?
                             and m.id > coalesce(r.last_read_message_id, 0)) as unread
                from conversations c left join conversation_reads r on r.conversation_id = c.id and r.user_id = ?
                where c.buyer_id = ? or c.seller_id = ?
                order by c.last_message_at desc nulls last, c.id desc limit ? offset ?""")
                .params(userId, userId, userId, userId, size, (long) page * size)
                .query((rs, n) -> new Inbox.Entry(map(rs, n), rs.getLong("unread"))).list();
    }

    long countOf(long userId) {
        return jdbc.sql("select count(*) from conversations where buyer_id = ? or seller_id = ?")
                .params(userId, userId).query(Long.class).single();
    }

    /** Adds the message; writing to a conversation also marks it read for the writer. */
    Message add(Conversation c, long senderId, String text, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into messages (conversation_id, sender_id, body, sent_at) values (?, ?, ?, ?)")
                .params(c.id(), senderId, text, SqlTimes.utc(now)).update(key, "id");
        long id = key.getKey().longValue();
        jdbc.sql("update conversations set last_message_at = ? where id = ?").params(SqlTimes.utc(now), c.id()).update();
        markRead(c.id(), senderId);
        return new Message(id, c.id(), senderId, senderId == c.buyerId(), text, now);
    }

    /** Oldest first. */
    public List<Message> messages(long conversationId, int page, int size) {
        return jdbc.sql("""
                select m.*, c.buyer_id from messages m join conversations c on c.id = m.conversation_id
                where m.conversation_id = ? order by m.id limit ? offset ?""")
                .params(conversationId, size, (long) page * size)
                .query((rs, n) -> new Message(rs.getLong("id"), rs.getLong("conversation_id"), rs.getLong("sender_id"),
                        rs.getLong("sender_id") == rs.getLong("buyer_id"), rs.getString("body"),
                        rs.getObject("sent_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    public long count(long conversationId) {
        return jdbc.sql("select count(*) from messages where conversation_id = ?").param(conversationId)
                .query(Long.class).single();
    }

    /** Everything in the conversation up to now counts as read by the user. */
    void markRead(long conversationId, long userId) {
        long latest = jdbc.sql("select coalesce(max(id), 0) from messages where conversation_id = ?")
                .param(conversationId).query(Long.class).single();
        jdbc.sql("""
                insert into conversation_reads (conversation_id, user_id, last_read_message_id) values (?, ?, 0)
                on conflict do nothing""").params(conversationId, userId).update();
        jdbc.sql("""
                update conversation_reads set last_read_message_id = greatest(last_read_message_id, ?)
                where conversation_id = ? and user_id = ?""").params(latest, conversationId, userId).update();
    }

    /** Messages from the other party that the user has not read yet, over all their conversations. */
    long unread(long userId) {
        return jdbc.sql(UNREAD).params(userId, userId, userId, userId).query(Long.class).single();
    }

    long unreadIn(long conversationId, long userId) {
        return jdbc.sql(UNREAD + " and c.id = ?").params(userId, userId, userId, userId, conversationId)
                .query(Long.class).single();
    }

    private static Conversation map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime last = rs.getObject("last_message_at", OffsetDateTime.class);
        return new Conversation(rs.getLong("id"), rs.getObject("order_id", Long.class), rs.getObject("product_id", Long.class),
                rs.getLong("buyer_id"), rs.getLong("seller_id"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), last == null ? null : last.toInstant());
    }
}
