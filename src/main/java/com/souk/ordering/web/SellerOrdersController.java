package com.souk.ordering.web;

import com.souk.common.ConflictException;
import com.souk.identity.SoukUser;
import com.souk.ordering.ExtendProtection;
import com.souk.ordering.Order;
import com.souk.ordering.OrderAccess;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.OrderTimeline;
import com.souk.ordering.Orders;
import com.souk.ordering.ShipOrder;
import com.souk.shipping.Shipments;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The seller's orders: those to ship first, a ship form on each, approving more protection time, one order's page. */
@Controller
@RequestMapping("/seller/orders")
@PreAuthorize("hasRole('SELLER')")
class SellerOrdersController {

    static final int PAGE_SIZE = 20;
    static final int MAX_FIELD = 60;

    private final Orders orders;
    private final OrderAccess access;
    private final OrderTimeline timeline;
    private final Shipments shipments;
    private final ShipOrder shipOrder;
    private final ExtendProtection extendProtection;

    SellerOrdersController(Orders orders, OrderAccess access, OrderTimeline timeline, Shipments shipments,
            ShipOrder shipOrder, ExtendProtection extendProtection) {
        this.orders = orders;
        this.access = access;
        this.timeline = timeline;
        this.shipments = shipments;
        this.shipOrder = shipOrder;
        this.extendProtection = extendProtection;
    }

    /** An order in the list, with the protection extension the buyer is waiting for, if any. */
    record Row(Order order, Integer extensionDays) {
    }

    @GetMapping
    String list(@AuthenticationPrincipal SoukUser seller, @RequestParam(defaultValue = "0") int page, Model model) {
        int current = Math.max(page, 0);
        long total = orders.countOfSeller(seller.id());
        List<Row> rows = orders.ofSellerToShipFirst(seller.id(), current, PAGE_SIZE).stream()
                .map(o -> new Row(o, o.status() == OrderStatus.SHIPPED
                        ? extendProtection.pendingDays(o.id()).orElse(null) : null))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("page", current);
        model.addAttribute("totalPages", (total + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("toShip", rows.stream().filter(r -> r.order().status() == OrderStatus.AWAITING_SHIPMENT)
                .count());
        return "seller/orders";
    }

    @GetMapping("/{id}")
    String one(@AuthenticationPrincipal SoukUser seller, @PathVariable long id, Model model) {
        Order order = access.ofSeller(seller, id);
        model.addAttribute("order", order);
        model.addAttribute("timeline", timeline.of(id));
        model.addAttribute("shipment", shipments.forOrder(id).orElse(null));
        model.addAttribute("extensionDays", order.status() == OrderStatus.SHIPPED
                ? extendProtection.pendingDays(id).orElse(null) : null);
        return "seller/order";
    }

    /** Ships from the list or from the order's page; invalid fields come back next to that order's form. */
    @PostMapping("/{id}/shipment")
    String ship(@AuthenticationPrincipal SoukUser seller, @PathVariable long id,
            @RequestParam(defaultValue = "") String carrier, @RequestParam(defaultValue = "") String trackingNumber,
            @RequestParam(defaultValue = "list") String from, @RequestParam(defaultValue = "0") int page,
            Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors, "carrier", carrier, "name the carrier, e.g. DHL");
        check(errors, "trackingNumber", trackingNumber, "enter the tracking number from the carrier's receipt");
        boolean fromOrderPage = "order".equals(from);
        if (!errors.isEmpty()) {
            access.ofSeller(seller, id);
            model.addAttribute("shipErrors", errors);
            model.addAttribute("shipOrderId", id);
            model.addAttribute("shipCarrier", carrier);
            model.addAttribute("shipTracking", trackingNumber);
            model.addAttribute("problem", "Order " + id + " was not shipped: please correct the fields marked.");
            return fromOrderPage ? one(seller, id, model) : list(seller, page, model);
        }
        try {
            shipOrder.ship(seller, id, carrier, trackingNumber);
            redirect.addFlashAttribute("notice", "Order " + id + " is on its way with " + carrier.trim()
                    + ", tracking " + trackingNumber.trim() + ".");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return fromOrderPage ? "redirect:/seller/orders/" + id : "redirect:/seller/orders?page=" + page;
    }

    @PostMapping("/{id}/protection-extension/approval")
    String approveExtension(@AuthenticationPrincipal SoukUser seller, @PathVariable long id,
            @RequestParam(defaultValue = "list") String from, @RequestParam(defaultValue = "0") int page,
            RedirectAttributes redirect) {
        try {
            Order order = extendProtection.approve(seller, id);
            redirect.addFlashAttribute("notice", "Order " + id + ": the buyer's protection now runs until "
                    + order.autoConfirmAt() + ".");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "order".equals(from) ? "redirect:/seller/orders/" + id : "redirect:/seller/orders?page=" + page;
    }

    private static void check(Map<String, String> errors, String field, String value, String whenBlank) {
        if (value.isBlank()) {
            errors.put(field, whenBlank);
        } else if (value.trim().length() > MAX_FIELD) {
            errors.put(field, "at most " + MAX_FIELD + " characters");
        }
    }
}
