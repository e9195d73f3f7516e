package com.souk.account.web;

import com.souk.common.BusinessRuleException;
import com.souk.common.ConflictException;
import com.souk.identity.SoukUser;
import com.souk.protection.OpenDispute;
import com.souk.protection.RespondToDispute;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Buyer protection from the order page: open a dispute, answer the seller's partial offer. */
@Controller
@RequestMapping("/account/orders/{id}/dispute")
@PreAuthorize("hasRole('BUYER')")
class BuyerDisputeController {

    private final OrderPage page;
    private final OpenDispute openDispute;
    private final RespondToDispute respond;

    BuyerDisputeController(OrderPage page, OpenDispute openDispute, RespondToDispute respond) {
        this.page = page;
        this.openDispute = openDispute;
        this.respond = respond;
    }

    @PostMapping
    String open(@AuthenticationPrincipal SoukUser buyer, @PathVariable long id,
            @Valid @ModelAttribute("disputeForm") DisputeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        OrderPage.View view = page.of(buyer, id);
        Optional<Long> amount = form.amountMinor(view.order().total(), errors);
        if (errors.hasErrors()) {
            return BuyerOrdersController.show(model, view, form, new ExtensionForm());
        }
        try {
            openDispute.open(buyer, id, form.getReason(), form.getDescription(), amount.orElseThrow());
        } catch (ConflictException | BusinessRuleException e) {
            errors.reject("refused", e.getMessage());
            return BuyerOrdersController.show(model, page.of(buyer, id), form, new ExtensionForm());
        }
        redirect.addFlashAttribute("notice", "Your dispute is open. The payment stays in escrow while the seller "
                + "responds; this page shows each step.");
        return "redirect:/account/orders/" + id;
    }

    @PostMapping("/answer")
    String answer(@AuthenticationPrincipal SoukUser buyer, @PathVariable long id, @RequestParam boolean accept,
            RedirectAttributes redirect) {
        OrderPage.View view = page.of(buyer, id);
        if (view.dispute() == null) {
            redirect.addFlashAttribute("problem", "This order has no dispute to answer.");
        } else {
            BuyerOrdersController.attempt(redirect,
                    () -> respond.answerOffer(buyer, view.dispute().dispute().id(), accept),
                    accept ? "You accepted the seller's offer; the refund is on its way."
                            : "You declined the seller's offer; Souk will review the dispute.");
        }
        return "redirect:/account/orders/" + id;
    }
}
