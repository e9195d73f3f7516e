package com.souk.messaging.web;

import com.souk.identity.SoukUser;
import com.souk.identity.Users;
import com.souk.messaging.MessagePage;
import java.util.Map;

/** A page of a conversation as the shared thread fragment shows it: the messages, who wrote them, who reads. */
public record ConversationView(MessagePage page, Map<Long, String> names, long viewerId) {

    static ConversationView of(MessagePage page, SoukUser viewer, Users users) {
        return new ConversationView(page, users.displayNames(MessageJson.senders(page.content())), viewer.id());
    }
}
