package com.souk.messaging;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How far each party has read each conversation (table conversation_reads), and so what is unread: a message from
 * the other party is unread until its id is at or below the reader's mark.
 *
 * <p>Kept on JdbcClient: the mark is a per-user high-water mark beside the conversation, not part of it. Moving it is
 * one upsert with {@code greatest}, so two tabs reading at once never move it back and never conflict; the counts
 * compare message ids to it in one query with a left join, for one conversation or a page of them. As an entity the
 * mark would cost a load and a possible version conflict on every page view, and the counts would still be this SQL.
 */
@Repository
class ConversationReads {

    private static final String UNREAD = """
            select count(*) from messages m join conversations c on c.id = m.conversation_id
            left join conversation_reads r on r.conversation_id = c.id and r.user_id = ?
            where (c.buyer_id = ? or c.seller_id = ?) and m.sender_id <> ? and m.id > coalesce(r.last_read_message_id, 0)""";

    private final JdbcClient jdbc;

    ConversationReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** Unread messages by conversation, for the given conversations of the user; those with none are missing. */
    Map<Long, Long> unreadIn(Collection<Long> conversationIds, long userId) {
        Map<Long, Long> unread = new HashMap<>();
        if (conversationIds.isEmpty()) {
            return unread;
        }
        jdbc.sql("""
                select m.conversation_id, count(*) from messages m
                left join conversation_reads r on r.conversation_id = m.conversation_id and r.user_id = :user
                where m.conversation_id in (:ids) and m.sender_id <> :user
                  and m.id > coalesce(r.last_read_message_id, 0)
                group by m.conversation_id""")
                .param("user", userId).param("ids", conversationIds)
                .query(rs -> {
                    unread.put(rs.getLong(1), rs.getLong(2));
                });
        return unread;
    }
}
