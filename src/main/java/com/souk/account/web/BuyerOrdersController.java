package com.souk.account.web;

import com.souk.common.BusinessRuleException;
import com.souk.common.ConflictException;
import com.souk.identity.SoukUser;
import com.souk.identity.Users;
import com.souk.ordering.CancelOrder;
import com.souk.ordering.ConfirmReceipt;
import com.souk.ordering.ExtendProtection;
import com.souk.ordering.Order;
import com.souk.ordering.Orders;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buyer's orders: the list, one order's page, cancelling before shipment, confirming receipt and asking for more
 * protection time.
 */
@Controller
@RequestMapping("/account/orders")
@PreAuthorize("hasRole('BUYER')")
class BuyerOrdersController {

    static final int PAGE_SIZE = 10;

    private final Orders orders;
    private final OrderPage page;
    private final ConfirmReceipt confirmReceipt;
    private final ExtendProtection extendProtection;
    private final Users users;
    private final CancelOrder cancelOrder;

    BuyerOrdersController(Orders orders, OrderPage page, ConfirmReceipt confirmReceipt,
            ExtendProtection extendProtection, Users users, CancelOrder cancelOrder) {
        this.cancelOrder = cancelOrder;
        this.orders = orders;
        this.page = page;
        this.confirmReceipt = confirmReceipt;
        this.extendProtection = extendProtection;
        this.users = users;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SoukUser buyer, @RequestParam(defaultValue = "0") String page, Model model) {
        int number = pageNumber(page);
        List<Order> shown = orders.ofBuyer(buyer.id(), number, PAGE_SIZE);
        // a "page" of size 1 at the next page's first position: is there anything older?
        boolean hasNext = !orders.ofBuyer(buyer.id(), (number + 1) * PAGE_SIZE, 1).isEmpty();
        model.addAttribute("orders", shown);
        model.addAttribute("page", number);
        model.addAttribute("hasNext", hasNext);
        model.addAttribute("sellers", users.displayNames(shown.stream().map(Order::sellerId).distinct().toList()));
        return "account/orders";
    }

    @GetMapping("/{id}")
    String order(@AuthenticationPrincipal SoukUser buyer, @PathVariable long id,
            @RequestParam(required = false) String messages, Model model) {
        return show(model, page.of(buyer, id, messagesPage(messages)), new DisputeForm(), new ExtensionForm());
    }

    @PostMapping("/{id}/receipt")
    String confirm(@AuthenticationPrincipal SoukUser buyer, @PathVariable long id, RedirectAttributes redirect) {
        attempt(redirect, () -> confirmReceipt.confirm(buyer, id),
                "Thank you for confirming receipt. The payment now goes to the seller.");
        return "redirect:/account/orders/" + id;
    }

    @PostMapping("/{id}/cancellation")
    String cancel(@AuthenticationPrincipal SoukUser buyer, @PathVariable long id, RedirectAttributes redirect) {
        attempt(redirect, () -> cancelOrder.cancel(buyer, id),
                "Your order is cancelled. The whole amount goes back to your card within a few seconds, and the "
                        + "seller has been told not to ship.");
        return "redirect:/account/orders/" + id;
    }

    @PostMapping("/{id}/protection-extension")
    String extend(@AuthenticationPrincipal SoukUser buyer, @PathVariable long id,
            @ModelAttribute("extensionForm") ExtensionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        OrderPage.View view = page.of(buyer, id);
        Optional<Integer> days = form.validDays(errors);
        if (days.isEmpty()) {
            return show(model, view, new DisputeForm(), form);
        }
        attempt(redirect, () -> extendProtection.request(buyer, id, days.get()), "You asked for " + days.get()
                + " more day(s) of buyer protection. The seller has to agree before the date moves.");
        return "redirect:/account/orders/" + id;
    }

    /** Shows the order page with the given forms, which may carry errors to show next to their fields. */
    static String show(Model model, OrderPage.View view, DisputeForm dispute, ExtensionForm extension) {
        model.addAttribute("view", view);
        if (!model.containsAttribute("disputeForm")) {
            model.addAttribute("disputeForm", dispute);
        }
        if (!model.containsAttribute("extensionForm")) {
            model.addAttribute("extensionForm", extension);
        }
        if (!model.containsAttribute("reviewForm")) {
            model.addAttribute("reviewForm", new ReviewForm());
        }
        return "account/order";
    }

    /** Runs a buyer action; when the order has moved on meanwhile, says so on the order page instead of failing. */
    static void attempt(RedirectAttributes redirect, Runnable action, String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (ConflictException | BusinessRuleException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "The order changed at the same moment (the seller may have just "
                    + "shipped it), so nothing was done. It now stands as shown below.");
        }
    }

    /** The conversation page asked for, or null (the newest) when none or nonsense was asked for. */
    private static Integer messagesPage(String page) {
        try {
            return page == null ? null : Math.max(0, Math.min(Integer.parseInt(page.trim()), 100_000));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(0, Math.min(Integer.parseInt(page.trim()), 100_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
