package com.souk.messaging;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The messages of every conversation, each loaded with its conversation (which says who is the buyer). */
interface Messages extends Repository<Message, Long> {

    Message save(Message message);

    @Query("""
            select m from Message m join fetch m.conversation c where c.id = :conversationId
            order by m.id""")
    List<Message> findIn(long conversationId, Pageable page);

    /** Oldest first. */
    default List<Message> in(long conversationId, int page, int size) {
        return findIn(conversationId, Pageable.ofSize(size).withPage(page));
    }

    @Query("select count(m) from Message m where m.conversation.id = :conversationId")
    long countIn(long conversationId);
}
