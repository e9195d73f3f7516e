package com.souk.messaging;

import com.souk.identity.SoukUser;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Everything the user is talking about, orders and product questions together, most recently active first. */
@Service
public class Inbox {

    private final Conversations conversations;
    private final ConversationReads reads;

    Inbox(Conversations conversations, ConversationReads reads) {
        this.conversations = conversations;
        this.reads = reads;
    }

    /** One conversation in the list and how many of its messages the user has not read. */
    public record Entry(Conversation conversation, long unread) {
    }

    public record Page(List<Entry> content, int page, int size, long totalElements) {
        public int totalPages() {
            return (int) ((totalElements + size - 1) / size);
        }
    }

    public Page of(SoukUser user, int page, int size) {
        MessageText.requirePage(page, size);
        List<Conversation> shown = conversations.ofUser(user.id(), page, size);
        Map<Long, Long> unread = reads.unreadIn(shown.stream().map(Conversation::id).toList(), user.id());
        return new Page(shown.stream().map(c -> new Entry(c, unread.getOrDefault(c.id(), 0L))).toList(), page, size,
                conversations.countOf(user.id()));
    }
}
