package com.souk.messaging.web;

import com.souk.identity.Role;
import com.souk.identity.SoukUser;
import com.souk.messaging.UnreadMessages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/**
 * The navigation's "Messages (3)" on every page of a signed-in buyer or seller. The count is lazy: it is read
 * only when a page actually renders the navigation, so redirects and API calls cost no query.
 */
@ControllerAdvice(annotations = Controller.class)
class UnreadMessagesAdvice {

    static final String ATTRIBUTE = "unreadMessages";

    private final UnreadMessages unread;

    UnreadMessagesAdvice(UnreadMessages unread) {
        this.unread = unread;
    }

    @ModelAttribute(ATTRIBUTE)
    LazyContextVariable<Long> unreadMessages(@AuthenticationPrincipal SoukUser user) {
        if (user == null || !(user.is(Role.BUYER) || user.is(Role.SELLER))) {
            return null;
        }
        return new LazyContextVariable<>() {
            @Override
            protected Long loadValue() {
                return unread.unreadFor(user);
            }
        };
    }
}
