package com.souk.rules.web;

import com.souk.common.ConflictException;
import com.souk.rules.StuckOrders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The stuck-orders page: what stopped where and why, and a retry button once the cause is fixed. */
@Controller
class StuckOrdersPageController {

    private final StuckOrders stuck;

    StuckOrdersPageController(StuckOrders stuck) {
        this.stuck = stuck;
    }

    @GetMapping("/rules/stuck-orders")
    String list(Model model) {
        model.addAttribute("orders", stuck.list());
        return "rules/stuck-orders";
    }

    @PostMapping("/rules/stuck-orders/{orderId}/retry")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String retry(@PathVariable long orderId, @AuthenticationPrincipal UserDetails user, RedirectAttributes flash) {
        try {
            int retried = stuck.retry(orderId, user.getUsername());
            flash.addFlashAttribute("notice", "Order " + orderId + ": the failed step runs again ("
                    + retried + (retried == 1 ? " job" : " jobs") + "). It leaves this list once it gets past it.");
        } catch (ConflictException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/rules/stuck-orders";
    }
}
