package com.souk.messaging.web;

import com.souk.common.web.PageNumbers;
import com.souk.common.FieldErrorException;
import com.souk.identity.SoukUser;
import com.souk.identity.Users;
import com.souk.messaging.MessagePage;
import com.souk.messaging.OrderMessages;
import com.souk.ordering.Order;
import com.souk.ordering.OrderAccess;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An order's conversation for its seller, who reads and answers the buyer here, and for dispute agents, who
 * read it (never write) while the order has a dispute. The buyer's side is on their order page.
 */
@Controller
class OrderConversationController {

    static final int PAGE_SIZE = 20;

    private final OrderMessages messages;
    private final OrderAccess orders;
    private final Users users;

    OrderConversationController(OrderMessages messages, OrderAccess orders, Users users) {
        this.messages = messages;
        this.orders = orders;
        this.users = users;
    }

    @GetMapping("/seller/orders/{id}/messages")
    @PreAuthorize("hasRole('SELLER')")
    String seller(@AuthenticationPrincipal SoukUser seller, @PathVariable long id,
            @RequestParam(required = false) String messages, Model model) {
        Order order = orders.ofSeller(seller, id);
        MessagePage page = MessagePage.requestedOrNewest(PageNumbers.orNull(messages),
                n -> this.messages.read(seller, id, n, PAGE_SIZE));
        return show(model, seller, order, page, true);
    }

    @PostMapping("/seller/orders/{id}/messages")
    @PreAuthorize("hasRole('SELLER')")
    String write(@AuthenticationPrincipal SoukUser seller, @PathVariable long id,
            @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
        orders.ofSeller(seller, id);
        send(redirect, text, () -> messages.write(seller, id, text));
        return "redirect:/seller/orders/" + id + "/messages#message-form";
    }

    @GetMapping("/agent/orders/{id}/messages")
    @PreAuthorize("hasRole('AGENT')")
    String agent(@AuthenticationPrincipal SoukUser agent, @PathVariable long id,
            @RequestParam(required = false) String messages, Model model) {
        MessagePage page = MessagePage.requestedOrNewest(PageNumbers.orNull(messages),
                n -> this.messages.read(agent, id, n, PAGE_SIZE));
        return show(model, agent, orders.visibleTo(agent, id), page, false);
    }

    private String show(Model model, SoukUser viewer, Order order, MessagePage page, boolean canWrite) {
        model.addAttribute("order", order);
        model.addAttribute("parties", users.displayNames(List.of(order.buyerId(), order.sellerId())));
        model.addAttribute("thread", ConversationView.of(page, viewer, users));
        model.addAttribute("canWrite", canWrite);
        model.addAttribute("base", (canWrite ? "/seller" : "/agent") + "/orders/" + order.id() + "/messages");
        return "messaging/order-conversation";
    }

    /** Sends a message from a page: a notice when it went, the problem and the text back beside the form when not. */
    static void send(RedirectAttributes redirect, String text, Runnable write) {
        try {
            write.run();
            redirect.addFlashAttribute("notice", "Message sent.");
        } catch (FieldErrorException e) {
            redirect.addFlashAttribute("messageError", "Your message " + e.errors().get(0).message() + ".");
            redirect.addFlashAttribute("messageText", text);
        }
    }
}
