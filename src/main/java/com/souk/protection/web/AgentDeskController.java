package com.souk.protection.web;

import com.souk.common.BusinessRuleException;
import com.souk.common.ConflictException;
import com.souk.common.FieldErrorException;
import com.souk.identity.SoukUser;
import com.souk.identity.Users;
import com.souk.ordering.Order;
import com.souk.ordering.OrderAccess;
import com.souk.ordering.OrderTimeline;
import com.souk.ordering.PurchaseProcess;
import com.souk.protection.AgentOutcome;
import com.souk.protection.Dispute;
import com.souk.protection.DisputeTasks;
import com.souk.protection.DisputeTasks.DisputeTask;
import com.souk.protection.Disputes;
import com.souk.shipping.Shipments;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
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

/** The dispute desk: the agents' task list, claiming, the case page with everything on it, and the decision. */
@Controller
@RequestMapping("/agent/tasks")
@PreAuthorize("hasRole('AGENT')")
class AgentDeskController {

    private final DisputeTasks tasks;
    private final Disputes disputes;
    private final OrderAccess orders;
    private final OrderTimeline timeline;
    private final Shipments shipments;
    private final Users users;
    private final DecisionForms forms;
    private final CaseHistories histories;
    private final Clock clock;

    AgentDeskController(DisputeTasks tasks, Disputes disputes, OrderAccess orders, OrderTimeline timeline,
            Shipments shipments, Users users, DecisionForms forms, CaseHistories histories, Clock clock) {
        this.tasks = tasks;
        this.disputes = disputes;
        this.orders = orders;
        this.timeline = timeline;
        this.shipments = shipments;
        this.users = users;
        this.forms = forms;
        this.histories = histories;
        this.clock = clock;
    }

    /** A task in the list with its dispute and whether its time has run out. */
    record Row(DisputeTask task, Dispute dispute, boolean overdue) {
    }

    @GetMapping
    String list(@AuthenticationPrincipal SoukUser agent, @RequestParam(defaultValue = "all") String show, Model model) {
        String filter = List.of("all", "mine", "unclaimed").contains(show) ? show : "all";
        Instant now = clock.instant();
        List<DisputeTask> open = tasks.open(DisputeTasks.GROUP);
        List<Row> rows = open.stream()
                .filter(t -> switch (filter) {
                    case "mine" -> agent.username().equals(t.assignee());
                    case "unclaimed" -> t.assignee() == null;
                    default -> true;
                })
                .map(t -> new Row(t, disputes.byId(t.disputeId()).orElse(null),
                        t.escalated() || (t.due() != null && t.due().isBefore(now))))
                .sorted(Comparator.comparing(Row::overdue).reversed()
                        .thenComparing(r -> r.task().due(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("onItsWay", "mine".equals(filter) ? List.of() : tasks.notListedYet(open));
        model.addAttribute("show", filter);
        return "agent/tasks";
    }

    @PostMapping("/{taskId}/claim")
    String claim(@AuthenticationPrincipal SoukUser agent, @PathVariable String taskId, RedirectAttributes redirect) {
        try {
            tasks.claim(agent, taskId);
            redirect.addFlashAttribute("notice", "The case is yours; decide it below.");
            return "redirect:/agent/tasks/" + taskId;
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/agent/tasks";
        }
    }

    @GetMapping("/{taskId}")
    String casePage(@AuthenticationPrincipal SoukUser agent, @PathVariable String taskId, Model model) {
        ReviewForm form = forms.of(taskId);
        return casePage(agent, taskId, form, DecisionForms.blank(form), Map.of(), model);
    }

    @PostMapping("/{taskId}/decision")
    String decide(@AuthenticationPrincipal SoukUser agent, @PathVariable String taskId,
            @RequestParam Map<String, String> params, Model model, HttpServletResponse http,
            RedirectAttributes redirect) {
        ReviewForm form = forms.of(taskId);
        Map<String, String> values = form.values(params);
        Map<String, String> errors = new LinkedHashMap<>(form.check(values));
        AgentOutcome outcome = outcome(values.get(PurchaseProcess.VAR_AGENT_OUTCOME));
        if (outcome == null && !errors.containsKey(PurchaseProcess.VAR_AGENT_OUTCOME)) {
            errors.put(PurchaseProcess.VAR_AGENT_OUTCOME, "Souk cannot act on this decision; choose another");
        }
        String refundText = values.getOrDefault(PurchaseProcess.VAR_REFUND, "");
        if (outcome == AgentOutcome.REFUND_PARTIAL && !refundText.matches("\\d{0,15}")
                && !errors.containsKey(PurchaseProcess.VAR_REFUND)) {
            errors.put(PurchaseProcess.VAR_REFUND, "enter a whole number of cents");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("problem", "Please correct the fields marked below.");
            return casePage(agent, taskId, form, values, errors, model);
        }
        if (!"true".equals(params.get("confirmed"))) {
            model.addAttribute("taskId", taskId);
            model.addAttribute("form", form);
            model.addAttribute("values", values);
            model.addAttribute("task", tasks.one(taskId));
            return "agent/confirm";
        }
        Long refund = outcome == AgentOutcome.REFUND_PARTIAL ? number(values.get(PurchaseProcess.VAR_REFUND)) : null;
        try {
            tasks.complete(agent, taskId, outcome, refund, values.get(PurchaseProcess.VAR_AGENT_NOTE),
                    DecisionForms.moreVariables(form, values));
        } catch (FieldErrorException e) {
            e.errors().forEach(f -> errors.put("refund".equals(f.field()) ? PurchaseProcess.VAR_REFUND : f.field(),
                    f.message()));
            model.addAttribute("problem", "Please correct the fields marked below: " + e.getMessage() + ".");
            return casePage(agent, taskId, form, values, errors, model);
        } catch (ConflictException e) {
            return refused(agent, taskId, form, values, model, http, HttpStatus.CONFLICT, e.getMessage());
        } catch (BusinessRuleException e) {
            return refused(agent, taskId, form, values, model, http, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        }
        redirect.addFlashAttribute("notice", "Decided: " + form.field(PurchaseProcess.VAR_AGENT_OUTCOME)
                .optionLabel(outcome.name()) + ". The refund and release follow in a moment.");
        return "redirect:/agent/tasks";
    }

    private String refused(SoukUser agent, String taskId, ReviewForm form, Map<String, String> values, Model model,
            HttpServletResponse http, HttpStatus status, String message) {
        http.setStatus(status.value());
        model.addAttribute("problem", message);
        return casePage(agent, taskId, form, values, Map.of(), model);
    }

    private String casePage(SoukUser agent, String taskId, ReviewForm form, Map<String, String> values,
            Map<String, String> errors, Model model) {
        DisputeTask task = tasks.one(taskId);
        Dispute dispute = disputes.byId(task.disputeId()).orElseThrow();
        Order order = orders.visibleTo(agent, task.orderId());
        model.addAttribute("task", task);
        model.addAttribute("mine", agent.username().equals(task.assignee()));
        model.addAttribute("dispute", dispute);
        model.addAttribute("order", order);
        model.addAttribute("names", users.displayNames(List.of(order.buyerId(), order.sellerId())));
        model.addAttribute("shipment", shipments.forOrder(order.id()).orElse(null));
        model.addAttribute("timeline", timeline.of(order.id()));
        model.addAttribute("history", histories.of(dispute));
        model.addAttribute("form", form);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "agent/case";
    }

    private static AgentOutcome outcome(String value) {
        for (AgentOutcome known : AgentOutcome.values()) {
            if (known.name().equals(value)) {
                return known;
            }
        }
        return null;
    }

    private static Long number(String value) {
        return value == null || value.isBlank() ? null : Long.valueOf(value);
    }
}
