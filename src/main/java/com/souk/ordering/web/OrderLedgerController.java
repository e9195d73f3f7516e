package com.souk.ordering.web;

import com.souk.identity.SoukUser;
import com.souk.ordering.OrderAccess;
import com.souk.payment.Ledger;
import com.souk.payment.Posting;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The ledger postings of one order, for those who may see the order. */
@RestController
class OrderLedgerController {

    private final OrderAccess access;
    private final Ledger ledger;

    OrderLedgerController(OrderAccess access, Ledger ledger) {
        this.access = access;
        this.ledger = ledger;
    }

    @GetMapping("/api/ledger/orders/{id}")
    List<Posting> postings(@AuthenticationPrincipal SoukUser user, @PathVariable long id) {
        access.visibleTo(user, id);
        return ledger.postingsFor(id);
    }
}
