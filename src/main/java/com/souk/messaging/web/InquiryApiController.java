package com.souk.messaging.web;

import com.souk.identity.SoukUser;
import com.souk.identity.Users;
import com.souk.messaging.Conversation;
import com.souk.messaging.Message;
import com.souk.messaging.MessagePage;
import com.souk.messaging.ProductInquiries;
import com.souk.messaging.ProductInquiries.Summary;
import com.souk.messaging.web.MessageJson.NewMessage;
import com.souk.messaging.web.MessageJson.PageJson;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Questions before buying over HTTP. A buyer asks and reads on the product; both parties list their
 * inquiries and read and reply by the inquiry's id, which is how a seller answers.
 */
@RestController
class InquiryApiController {

    private final ProductInquiries inquiries;
    private final Users users;

    InquiryApiController(ProductInquiries inquiries, Users users) {
        this.inquiries = inquiries;
        this.users = users;
    }

    record InquiryJson(long id, long productId, String productTitle, long buyerId, String buyerName, long sellerId,
            String sellerName, Instant lastMessageAt, long unread) {
    }

    @GetMapping("/api/products/{id}/inquiries")
    @PreAuthorize("hasRole('BUYER')")
    PageJson ofProduct(@AuthenticationPrincipal SoukUser buyer, @PathVariable long id,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return json(inquiries.ofBuyer(buyer, id, page, size));
    }

    @PostMapping("/api/products/{id}/inquiries")
    @PreAuthorize("hasRole('BUYER')")
    ResponseEntity<MessageJson> ask(@AuthenticationPrincipal SoukUser buyer, @PathVariable long id,
            @RequestBody NewMessage body) {
        Message message = inquiries.ask(buyer, id, body.text());
        return created(message, buyer);
    }

    @GetMapping("/api/inquiries")
    List<InquiryJson> list(@AuthenticationPrincipal SoukUser user) {
        List<Summary> found = inquiries.of(user);
        Map<Long, String> names = users.displayNames(found.stream().map(Summary::conversation)
                .flatMap(c -> Stream.of(c.buyerId(), c.sellerId())).distinct().toList());
        return found.stream().map(s -> {
            Conversation c = s.conversation();
            return new InquiryJson(c.id(), c.productId(), s.productTitle(), c.buyerId(), names.get(c.buyerId()),
                    c.sellerId(), names.get(c.sellerId()), c.lastMessageAt(), s.unread());
        }).toList();
    }

    @GetMapping("/api/inquiries/{id}/messages")
    PageJson read(@AuthenticationPrincipal SoukUser user, @PathVariable long id,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return json(inquiries.read(user, id, page, size));
    }

    @PostMapping("/api/inquiries/{id}/messages")
    ResponseEntity<MessageJson> reply(@AuthenticationPrincipal SoukUser user, @PathVariable long id,
            @RequestBody NewMessage body) {
        return created(inquiries.reply(user, id, body.text()), user);
    }

    private PageJson json(MessagePage page) {
        return PageJson.of(page, users.displayNames(MessageJson.senders(page.content())));
    }

    private static ResponseEntity<MessageJson> created(Message message, SoukUser sender) {
        return ResponseEntity.created(URI.create("/api/inquiries/" + message.conversationId() + "/messages"))
                .body(MessageJson.of(message, Map.of(sender.id(), sender.displayName())));
    }
}
