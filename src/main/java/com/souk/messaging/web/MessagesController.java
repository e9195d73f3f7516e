package com.souk.messaging.web;

import com.souk.common.web.PageNumbers;
import com.souk.catalog.Product;
import com.souk.catalog.Products;
import com.souk.identity.SoukUser;
import com.souk.identity.Users;
import com.souk.messaging.Conversation;
import com.souk.messaging.Inbox;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Where the navigation's "Messages" leads: every conversation of the user, most recently active first. */
@Controller
@PreAuthorize("hasAnyRole('BUYER', 'SELLER')")
class MessagesController {

    static final int PAGE_SIZE = 20;

    private final Inbox inbox;
    private final Products products;
    private final Users users;

    MessagesController(Inbox inbox, Products products, Users users) {
        this.inbox = inbox;
        this.products = products;
        this.users = users;
    }

    /** One line of the list: what the conversation is about, with whom, and where it is read and answered. */
    public record Line(long id, String subject, String with, String href, Instant lastMessageAt, long unread) {
    }

    @GetMapping("/messages")
    String list(@AuthenticationPrincipal SoukUser user, @RequestParam(defaultValue = "0") String page, Model model) {
        Inbox.Page found = inbox.of(user, PageNumbers.parse(page), PAGE_SIZE);
        List<Conversation> shown = found.content().stream().map(Inbox.Entry::conversation).toList();
        Map<Long, String> titles = products.byIds(shown.stream().map(Conversation::productId)
                        .filter(id -> id != null).distinct().toList())
                .stream().collect(Collectors.toMap(Product::id, Product::title));
        Map<Long, String> names = users.displayNames(shown.stream()
                .flatMap(c -> Stream.of(c.buyerId(), c.sellerId())).distinct().toList());
        model.addAttribute("lines", found.content().stream().map(e -> line(user, e, titles, names::get)).toList());
        model.addAttribute("found", found);
        return "messaging/messages";
    }

    private static Line line(SoukUser user, Inbox.Entry entry, Map<Long, String> titles, Function<Long, String> names) {
        Conversation c = entry.conversation();
        boolean buyer = c.buyerId() == user.id();
        String with = names.apply(buyer ? c.sellerId() : c.buyerId());
        if (c.orderId() != null) {
            return new Line(c.id(), "Order #" + c.orderId(), with, buyer ? "/account/orders/" + c.orderId() + "#messages"
                    : "/seller/orders/" + c.orderId() + "/messages", c.lastMessageAt(), entry.unread());
        }
        return new Line(c.id(), "Question about " + titles.getOrDefault(c.productId(), "a product"), with,
                buyer ? "/products/" + c.productId() + "#inquiry" : "/seller/inquiries/" + c.id(), c.lastMessageAt(),
                entry.unread());
    }
}
