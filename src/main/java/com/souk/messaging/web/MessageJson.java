package com.souk.messaging.web;

import com.souk.messaging.Message;
import com.souk.messaging.MessagePage;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A message as the API shows it, with who wrote it: the conversation's BUYER or its SELLER. */
record MessageJson(long id, long conversationId, long senderId, String senderName, String senderRole, String text,
        Instant sentAt) {

    static MessageJson of(Message m, Map<Long, String> names) {
        return new MessageJson(m.id(), m.conversationId(), m.senderId(), names.get(m.senderId()),
                m.fromBuyer() ? "BUYER" : "SELLER", m.text(), m.sentAt());
    }

    static List<Long> senders(Collection<Message> messages) {
        return messages.stream().map(Message::senderId).distinct().toList();
    }

    /** One page of a conversation, oldest first; no conversation id while nobody has written in it. */
    record PageJson(Long conversationId, List<MessageJson> content, int page, int size, long totalElements,
            int totalPages) {

        static PageJson of(MessagePage p, Map<Long, String> names) {
            return new PageJson(p.conversation() == null ? null : p.conversation().id(),
                    p.content().stream().map(m -> MessageJson.of(m, names)).toList(), p.page(), p.size(),
                    p.totalElements(), p.totalPages());
        }
    }

    /** The request body of a new message. Checked by the services, which the pages call too. */
    record NewMessage(String text) {
    }
}
