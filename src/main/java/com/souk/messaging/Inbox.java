package com.souk.messaging;

import com.souk.identity.SoukUser;
import java.util.List;
import org.springframework.stereotype.Service;

/** Everything the user is talking about, orders and product questions together, most recently active first. */
@Service
public class Inbox {

    private final Conversations conversations;

    Inbox(Conversations conversations) {
        this.conversations = conversations;
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
        return new Page(conversations.ofUser(user.id(), page, size), page, size, conversations.countOf(user.id()));
    }
}
