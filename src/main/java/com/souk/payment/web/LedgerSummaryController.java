package com.souk.payment.web;

import com.souk.payment.Ledger;
import com.souk.payment.LedgerSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Platform-wide ledger totals for administrators. */
@RestController
class LedgerSummaryController {

    private final Ledger ledger;

    LedgerSummaryController(Ledger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/api/ledger/summary")
    @PreAuthorize("hasRole('ADMIN')")
    LedgerSummary summary() {
        return ledger.summary();
    }
}
