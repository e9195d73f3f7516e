package com.souk.protection.web;

import com.souk.identity.SoukUser;
import com.souk.identity.Users;
import com.souk.ordering.Order;
import com.souk.ordering.OrderAccess;
import com.souk.ordering.OrderTimeline;
import com.souk.protection.Dispute;
import com.souk.protection.DisputeAccess;
import com.souk.protection.Disputes;
import com.souk.shipping.Shipments;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Disputes agents read without a task: those dispute triage refunded on its own, so an agent can check what the
 * rules decide without anyone, and any dispute's page, read-only.
 */
@Controller
@RequestMapping("/agent/disputes")
@PreAuthorize("hasRole('AGENT')")
class AgentDisputesController {

    static final int PAGE_SIZE = 20;

    private final Disputes disputes;
    private final DisputeAccess access;
    private final OrderAccess orders;
    private final OrderTimeline timeline;
    private final Shipments shipments;
    private final Users users;
    private final CaseHistories histories;

    AgentDisputesController(Disputes disputes, DisputeAccess access, OrderAccess orders, OrderTimeline timeline,
            Shipments shipments, Users users, CaseHistories histories) {
        this.disputes = disputes;
        this.access = access;
        this.orders = orders;
        this.timeline = timeline;
        this.shipments = shipments;
        this.users = users;
        this.histories = histories;
    }

    @GetMapping("/auto-refunded")
    String autoRefunded(@RequestParam(defaultValue = "0") int page, Model model) {
        int current = Math.max(page, 0);
        long total = disputes.countAutoRefunded();
        model.addAttribute("disputes", disputes.autoRefunded(current, PAGE_SIZE));
        model.addAttribute("page", current);
        model.addAttribute("totalPages", (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return "agent/auto-refunded";
    }

    @GetMapping("/{id}")
    String one(@AuthenticationPrincipal SoukUser agent, @PathVariable long id, Model model) {
        Dispute dispute = access.visibleTo(agent, id);
        Order order = orders.visibleTo(agent, dispute.orderId());
        model.addAttribute("dispute", dispute);
        model.addAttribute("order", order);
        model.addAttribute("names", users.displayNames(List.of(order.buyerId(), order.sellerId())));
        model.addAttribute("shipment", shipments.forOrder(order.id()).orElse(null));
        model.addAttribute("timeline", timeline.of(order.id()));
        model.addAttribute("history", histories.of(dispute));
        return "agent/dispute";
    }
}
