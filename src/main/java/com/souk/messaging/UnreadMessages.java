package com.souk.messaging;

import com.souk.identity.SoukUser;
import org.springframework.stereotype.Service;

/** How many messages wait for the user, over their order conversations and inquiries: the navigation badge. */
@Service
public class UnreadMessages {

    private final ConversationReads reads;

    UnreadMessages(ConversationReads reads) {
        this.reads = reads;
    }

    public long unreadFor(SoukUser user) {
        return reads.unread(user.id());
    }
}
