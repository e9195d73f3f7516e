package com.souk.ordering.web;

import com.souk.identity.SoukUser;
import com.souk.ordering.Order;
import com.souk.ordering.Orders;
import com.souk.payment.Ledger;
import com.souk.payment.OrderMoneyTotals;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Where the seller's money stands, from the ledger: in escrow, released, refunded, commission; per order and in all. */
@Controller
@PreAuthorize("hasRole('SELLER')")
class SellerPayoutsController {

    static final int PAGE_SIZE = 20;

    private final Orders orders;
    private final Ledger ledger;

    SellerPayoutsController(Orders orders, Ledger ledger) {
        this.orders = orders;
        this.ledger = ledger;
    }

    /** One order with its ledger totals (zeros before any money moved). */
    record Row(Order order, OrderMoneyTotals money) {
    }

    @GetMapping("/seller/payouts")
    String payouts(@AuthenticationPrincipal SoukUser seller, @RequestParam(defaultValue = "0") int page, Model model) {
        int current = Math.max(page, 0);
        List<Order> shown = orders.ofSeller(seller.id(), current, PAGE_SIZE);
        Map<Long, OrderMoneyTotals> money = ledger.totalsByOrder(shown.stream().map(Order::id).toList()).stream()
                .collect(Collectors.toMap(OrderMoneyTotals::orderId, Function.identity(), OrderMoneyTotals::plus));
        model.addAttribute("rows", shown.stream()
                .map(o -> new Row(o, money.getOrDefault(o.id(), new OrderMoneyTotals(o.id(), o.currency(), 0, 0, 0, 0, 0))))
                .toList());
        List<Long> all = orders.idsOfSeller(seller.id());
        Map<String, OrderMoneyTotals> totals = ledger.totalsByOrder(all).stream()
                .collect(Collectors.toMap(OrderMoneyTotals::currency, Function.identity(), OrderMoneyTotals::plus,
                        TreeMap::new));
        model.addAttribute("totals", totals.values());
        model.addAttribute("page", current);
        model.addAttribute("totalPages", (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        return "seller/payouts";
    }
}
