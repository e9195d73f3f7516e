package com.souk.protection;

import com.souk.common.BusinessRuleException;
import com.souk.common.ConflictException;
import com.souk.common.FieldErrorException;
import com.souk.common.IsoDurations;
import com.souk.common.NotFoundException;
import com.souk.identity.SoukUser;
import com.souk.ordering.Order;
import com.souk.ordering.OrderAccess;
import com.souk.ordering.OrderEvent;
import com.souk.ordering.OrderTimeline;
import com.souk.ordering.PurchaseProcess;
import com.souk.workflow.UserTask;
import com.souk.workflow.Workflow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agents' task list: "Review dispute" tasks, claimed by one agent and decided with an outcome. */
@Service
public class DisputeTasks {

    public static final String GROUP = "dispute-agents";
    private static final List<String> VARIABLES = List.of(PurchaseProcess.VAR_ORDER_ID, PurchaseProcess.VAR_DISPUTE_ID,
            PurchaseProcess.VAR_AGENT_SLA);

    /** How long after the hand-over a dispute without a listed task counts as on its way to the list. */
    static final Duration ON_ITS_WAY = Duration.ofMinutes(5);

    private final Workflow workflow;
    private final Disputes disputes;
    private final OrderAccess orders;
    private final OrderTimeline timeline;
    private final Clock clock;

    DisputeTasks(Workflow workflow, Disputes disputes, OrderAccess orders, OrderTimeline timeline, Clock clock) {
        this.workflow = workflow;
        this.disputes = disputes;
        this.orders = orders;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** A dispute handed to the agents whose task the list does not show yet, and since when. */
    public record OnItsWay(Dispute dispute, Instant handedOver) {
    }

    /**
     * Disputes handed to the agents in the last minutes whose task is not among those listed. On a Camunda 8
     * cluster the task list reads a search index that follows the engine by a moment; the desk names these cases so
     * that none goes unseen in that moment. The embedded engine creates the task with the hand-over, so there this is
     * empty.
     */
    @Transactional(readOnly = true)
    public List<OnItsWay> notListedYet(Collection<DisputeTask> listed) {
        Set<Long> shown = listed.stream().map(DisputeTask::disputeId).collect(Collectors.toSet());
        Instant since = clock.instant().minus(ON_ITS_WAY);
        return disputes.inReviewUndecided().stream().filter(d -> !shown.contains(d.id()))
                .map(d -> timeline.of(d.orderId()).stream()
                        .filter(e -> e.event().equals(OrderEvent.AGENT_REVIEW_REQUESTED.name()))
                        .filter(e -> e.at().isAfter(since)).findFirst()
                        .map(e -> new OnItsWay(d, e.at())).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
    }

    /** A task as the desk shows it; due is when the SLA runs out, escalated once it has. */
    public record DisputeTask(String id, String name, long orderId, long disputeId, Instant created, Instant due,
            String assignee, boolean escalated) {
    }

    /** Overdue (escalated) first, then by due date. */
    public List<DisputeTask> open(String candidateGroup) {
        return workflow.openTasks(candidateGroup, VARIABLES).stream().map(this::view)
                .sorted(Comparator.comparing(DisputeTask::escalated).reversed()
                        .thenComparing(DisputeTask::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    public DisputeTask one(String taskId) {
        return view(task(taskId));
    }

    @Transactional
    public DisputeTask claim(SoukUser agent, String taskId) {
        task(taskId);
        workflow.claim(taskId, agent.username());
        return one(taskId);
    }

    /** The decision form the engine has for this task (forms/dispute-review.form as deployed), if any. */
    public Optional<String> form(String taskId) {
        task(taskId);
        return workflow.taskForm(taskId);
    }

    @Transactional
    public void complete(SoukUser agent, String taskId, AgentOutcome outcome, Long refundMinor, String note) {
        complete(agent, taskId, outcome, refundMinor, note, Map.of());
    }

    /** Completes with further variables from fields an analyst added to the form; the decision's own win. */
    @Transactional
    public void complete(SoukUser agent, String taskId, AgentOutcome outcome, Long refundMinor, String note,
            Map<String, Object> moreVariables) {
        UserTask task = task(taskId);
        long disputeId = Long.parseLong(task.string(PurchaseProcess.VAR_DISPUTE_ID));
        Order order = orders.visibleTo(agent, Long.parseLong(task.string(PurchaseProcess.VAR_ORDER_ID)));
        Map<String, Object> variables = new HashMap<>(moreVariables);
        variables.remove(PurchaseProcess.VAR_REFUND);
        variables.put(PurchaseProcess.VAR_AGENT_OUTCOME, outcome.name());
        variables.put(PurchaseProcess.VAR_AGENT_NOTE, note);
        if (outcome == AgentOutcome.REFUND_PARTIAL) {
            if (refundMinor == null || refundMinor <= 0) {
                throw new FieldErrorException("refund", "a partial refund needs an amount above zero");
            }
            if (refundMinor > order.total().amountMinor()) {
                throw new BusinessRuleException("A refund of " + refundMinor + " is more than the "
                        + order.total() + " paid.");
            }
            variables.put(PurchaseProcess.VAR_REFUND, refundMinor);
        }
        Dispute dispute = disputes.byId(disputeId).orElseThrow(
                () -> new NotFoundException("There is no dispute " + disputeId + "."));
        dispute.agentDecided(agent.id(), outcome, note);
        workflow.complete(taskId, agent.username(), variables);
    }

    private UserTask task(String taskId) {
        return workflow.openTask(taskId, VARIABLES).orElseThrow(() -> workflow.wasCompleted(taskId)
                ? new ConflictException("Task " + taskId + " has already been completed.")
                : new NotFoundException("There is no open task " + taskId + "."));
    }

    private DisputeTask view(UserTask t) {
        long disputeId = Long.parseLong(t.string(PurchaseProcess.VAR_DISPUTE_ID));
        boolean escalated = disputes.byId(disputeId).map(Dispute::escalated).orElse(false);
        Instant due = t.due();
        String sla = t.string(PurchaseProcess.VAR_AGENT_SLA);
        if (due == null && sla != null) {
            due = IsoDurations.after(t.created(), sla);
        }
        return new DisputeTask(t.id(), t.name(), Long.parseLong(t.string(PurchaseProcess.VAR_ORDER_ID)), disputeId,
                t.created(), due, t.assignee(), escalated);
    }
}
