package com.souk.rules.web;

import com.souk.common.web.PageNumbers;
import com.souk.rules.RuleAudit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log page: everything done in the workbench, newest first, 25 to a page. */
@Controller
class RuleAuditController {

    static final int PAGE_SIZE = 25;

    private final RuleAudit audit;

    RuleAuditController(RuleAudit audit) {
        this.audit = audit;
    }

    @GetMapping("/rules/audit")
    String audit(@RequestParam(name = "page", required = false) String page, Model model) {
        model.addAttribute("entries", audit.page(PageNumbers.parse(page), PAGE_SIZE));
        return "rules/audit";
    }
}
