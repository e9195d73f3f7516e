package com.souk.messaging.web;

import com.souk.common.web.PageNumbers;
import com.souk.catalog.Product;
import com.souk.catalog.Products;
import com.souk.common.NotFoundException;
import com.souk.identity.SoukUser;
import com.souk.identity.Users;
import com.souk.messaging.Conversation;
import com.souk.messaging.Conversations;
import com.souk.messaging.MessagePage;
import com.souk.messaging.ProductInquiries;
import java.util.List;
import java.util.Map;
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
 * Questions before buying. A buyer asks from the product's page (the conversation shows there); the seller
 * finds the questions about their products in a list with what is unread and answers each on its own page.
 */
@Controller
class InquiryPagesController {

    static final int PAGE_SIZE = 20;

    private final ProductInquiries inquiries;
    private final Conversations conversations;
    private final Products products;
    private final Users users;

    InquiryPagesController(ProductInquiries inquiries, Conversations conversations, Products products, Users users) {
        this.inquiries = inquiries;
        this.conversations = conversations;
        this.products = products;
        this.users = users;
    }

    @PostMapping("/products/{id}/inquiry")
    @PreAuthorize("hasRole('BUYER')")
    String ask(@AuthenticationPrincipal SoukUser buyer, @PathVariable long id,
            @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
        products.byId(id).orElseThrow(() -> new NotFoundException("There is no product " + id + "."));
        OrderConversationController.send(redirect, text, () -> inquiries.ask(buyer, id, text));
        return "redirect:/products/" + id + "#inquiry";
    }

    @GetMapping("/seller/inquiries")
    @PreAuthorize("hasRole('SELLER')")
    String list(@AuthenticationPrincipal SoukUser seller, Model model) {
        List<ProductInquiries.Summary> found = inquiries.of(seller);
        model.addAttribute("inquiries", found);
        model.addAttribute("buyers", users.displayNames(found.stream().map(s -> s.conversation().buyerId())
                .distinct().toList()));
        return "messaging/inquiries";
    }

    @GetMapping("/seller/inquiries/{id}")
    @PreAuthorize("hasRole('SELLER')")
    String read(@AuthenticationPrincipal SoukUser seller, @PathVariable long id,
            @RequestParam(required = false) String messages, Model model) {
        MessagePage page = MessagePage.requestedOrNewest(PageNumbers.orNull(messages),
                n -> inquiries.read(seller, id, n, PAGE_SIZE));
        Conversation c = page.conversation();
        Product product = products.byId(c.productId()).orElseThrow();
        Map<Long, String> parties = users.displayNames(List.of(c.buyerId(), c.sellerId()));
        model.addAttribute("inquiry", c);
        model.addAttribute("product", product);
        model.addAttribute("buyerName", parties.get(c.buyerId()));
        model.addAttribute("thread", ConversationView.of(page, seller, users));
        return "messaging/inquiry";
    }

    @PostMapping("/seller/inquiries/{id}")
    @PreAuthorize("hasRole('SELLER')")
    String reply(@AuthenticationPrincipal SoukUser seller, @PathVariable long id,
            @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
        conversations.byId(id).filter(c -> c.productId() != null && c.hasParty(seller.id()))
                .orElseThrow(() -> new NotFoundException("You have no inquiry " + id + "."));
        OrderConversationController.send(redirect, text, () -> inquiries.reply(seller, id, text));
        return "redirect:/seller/inquiries/" + id + "#message-form";
    }
}
