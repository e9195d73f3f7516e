package com.souk.protection.web;

import com.souk.common.BusinessRuleException;
import com.souk.common.ConflictException;
import com.souk.common.FieldErrorException;
import com.souk.identity.SoukUser;
import com.souk.ordering.OrderAccess;
import com.souk.ordering.OrderTimeline;
import com.souk.protection.Dispute;
import com.souk.protection.DisputeAccess;
import com.souk.protection.Disputes;
import com.souk.protection.RespondToDispute;
import com.souk.protection.SellerDecision;
import com.souk.shipping.Shipments;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
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

/** Disputes against the seller, those waiting for an answer first, and the page to answer one. */
@Controller
@RequestMapping("/seller/disputes")
@PreAuthorize("hasRole('SELLER')")
class SellerDisputesController {

    static final int PAGE_SIZE = 20;

    private final Disputes disputes;
    private final DisputeAccess access;
    private final RespondToDispute respond;
    private final OrderAccess orders;
    private final OrderTimeline timeline;
    private final Shipments shipments;

    SellerDisputesController(Disputes disputes, DisputeAccess access, RespondToDispute respond, OrderAccess orders,
            OrderTimeline timeline, Shipments shipments) {
        this.disputes = disputes;
        this.access = access;
        this.respond = respond;
        this.orders = orders;
        this.timeline = timeline;
        this.shipments = shipments;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SoukUser seller, @RequestParam(defaultValue = "0") int page, Model model) {
        int current = Math.max(page, 0);
        long total = disputes.countAgainstSeller(seller.id());
        model.addAttribute("disputes", disputes.againstSeller(seller.id(), current, PAGE_SIZE));
        model.addAttribute("page", current);
        model.addAttribute("totalPages", (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return "seller/disputes";
    }

    @GetMapping("/{id}")
    String one(@AuthenticationPrincipal SoukUser seller, @PathVariable long id, Model model) {
        model.addAttribute("response", new SellerResponseForm());
        return page(seller, id, model);
    }

    @PostMapping("/{id}/response")
    String answer(@AuthenticationPrincipal SoukUser seller, @PathVariable long id,
            @ModelAttribute("response") SellerResponseForm form, BindingResult errors, Model model,
            HttpServletResponse http, RedirectAttributes redirect) {
        Dispute dispute = access.ofSeller(seller, id);
        validate(form, errors);
        if (errors.hasErrors()) {
            return page(seller, id, model);
        }
        if (form.needsConfirmation() && !form.isConfirmed()) {
            model.addAttribute("dispute", dispute);
            return "seller/dispute-confirm";
        }
        try {
            respond.respond(seller, id, form.decision(), form.partialMinor(), blankToNull(form.getMessage()));
        } catch (FieldErrorException e) {
            e.errors().forEach(f -> errors.rejectValue("partialRefund", "invalid", f.message()));
            return page(seller, id, model);
        } catch (ConflictException e) {
            return refused(seller, id, model, http, HttpStatus.CONFLICT, e.getMessage());
        } catch (BusinessRuleException e) {
            return refused(seller, id, model, http, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        }
        redirect.addFlashAttribute("notice", switch (form.decision()) {
            case ACCEPT_REFUND -> "You accepted the refund; the buyer gets the money back.";
            case OFFER_PARTIAL -> "Your offer went to the buyer, who can accept it or ask for an agent.";
            case CONTEST -> "You contested the dispute; it goes to triage and may reach a dispute agent.";
        });
        return "redirect:/seller/disputes/" + id;
    }

    private String refused(SoukUser seller, long id, Model model, HttpServletResponse http, HttpStatus status,
            String message) {
        http.setStatus(status.value());
        model.addAttribute("problem", message);
        return page(seller, id, model);
    }

    private String page(SoukUser seller, long id, Model model) {
        Dispute dispute = access.ofSeller(seller, id);
        model.addAttribute("dispute", dispute);
        model.addAttribute("order", orders.byIdForCase(dispute.orderId()));
        model.addAttribute("shipment", shipments.forOrder(dispute.orderId()).orElse(null));
        model.addAttribute("timeline", timeline.of(dispute.orderId()));
        model.addAttribute("decisions", SellerDecision.values());
        return "seller/dispute";
    }

    private static void validate(SellerResponseForm form, BindingResult errors) {
        if (form.decision() == null) {
            errors.rejectValue("decision", "required", "choose one of the three answers");
        } else if (form.decision() == SellerDecision.OFFER_PARTIAL) {
            String amount = form.getPartialRefund();
            if (amount == null || amount.isBlank()) {
                errors.rejectValue("partialRefund", "required", "enter the amount you offer");
            } else if (!amount.trim().matches(SellerResponseForm.AMOUNT_PATTERN)) {
                errors.rejectValue("partialRefund", "format", "enter an amount like 12.50");
            } else if (form.partialMinor() <= 0) {
                errors.rejectValue("partialRefund", "positive", "the amount must be more than 0");
            }
        } else if (form.decision() == SellerDecision.CONTEST
                && (form.getMessage() == null || form.getMessage().isBlank())) {
            errors.rejectValue("message", "required", "tell the agent why you contest the dispute");
        }
        if (form.getMessage() != null && form.getMessage().length() > SellerResponseForm.MAX_MESSAGE) {
            errors.rejectValue("message", "size", "at most " + SellerResponseForm.MAX_MESSAGE + " characters");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
