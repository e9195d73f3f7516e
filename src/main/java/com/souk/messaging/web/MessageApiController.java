package com.souk.messaging.web;

import com.souk.identity.SoukUser;
import com.souk.identity.Users;
import com.souk.messaging.Message;
import com.souk.messaging.MessagePage;
import com.souk.messaging.OrderMessages;
import com.souk.messaging.UnreadMessages;
import com.souk.messaging.web.MessageJson.NewMessage;
import com.souk.messaging.web.MessageJson.PageJson;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An order's conversation over HTTP, and the caller's count of unread messages. */
@RestController
class MessageApiController {

    private final OrderMessages messages;
    private final UnreadMessages unread;
    private final Users users;

    MessageApiController(OrderMessages messages, UnreadMessages unread, Users users) {
        this.messages = messages;
        this.unread = unread;
        this.users = users;
    }

    record UnreadJson(long unread) {
    }

    @GetMapping("/api/orders/{id}/messages")
    PageJson read(@AuthenticationPrincipal SoukUser user, @PathVariable long id,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        MessagePage found = messages.read(user, id, page, size);
        return PageJson.of(found, users.displayNames(MessageJson.senders(found.content())));
    }

    @PostMapping("/api/orders/{id}/messages")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER')")
    ResponseEntity<MessageJson> write(@AuthenticationPrincipal SoukUser user, @PathVariable long id,
            @RequestBody NewMessage body) {
        Message message = messages.write(user, id, body.text());
        return ResponseEntity.created(URI.create("/api/orders/" + id + "/messages"))
                .body(MessageJson.of(message, Map.of(user.id(), user.displayName())));
    }

    @GetMapping("/api/messages/unread")
    UnreadJson unread(@AuthenticationPrincipal SoukUser user) {
        return new UnreadJson(unread.unreadFor(user));
    }
}
