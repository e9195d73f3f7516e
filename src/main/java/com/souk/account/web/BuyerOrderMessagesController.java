package com.souk.account.web;

import com.souk.common.FieldErrorException;
import com.souk.identity.SoukUser;
import com.souk.messaging.OrderMessages;
import com.souk.ordering.OrderAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The buyer writes to the seller from the order page; a refused message comes back beside the form. */
@Controller
@PreAuthorize("hasRole('BUYER')")
class BuyerOrderMessagesController {

    private final OrderAccess orders;
    private final OrderMessages messages;

    BuyerOrderMessagesController(OrderAccess orders, OrderMessages messages) {
        this.orders = orders;
        this.messages = messages;
    }

    @PostMapping("/account/orders/{id}/messages")
    String write(@AuthenticationPrincipal SoukUser buyer, @PathVariable long id,
            @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
        orders.ofBuyer(buyer, id);
        try {
            messages.write(buyer, id, text);
            redirect.addFlashAttribute("notice", "Message sent to the seller.");
        } catch (FieldErrorException e) {
            redirect.addFlashAttribute("messageError", "Your message " + e.errors().get(0).message() + ".");
            redirect.addFlashAttribute("messageText", text);
        }
        return "redirect:/account/orders/" + id + "#messages";
    }
}
