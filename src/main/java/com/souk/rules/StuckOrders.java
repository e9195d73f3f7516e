package com.souk.rules;

import com.souk.common.ConflictException;
import com.souk.common.Money;
import com.souk.common.NotFoundException;
import com.souk.ordering.Order;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.Orders;
import com.souk.workflow.RunningProcesses;
import com.souk.workflow.StuckInstance;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Orders whose purchase process stopped: a job failed with no retries left (a rule that fails on the job, a step that
 * keeps failing). Once the cause is fixed — typically a new version of the rule — a retry runs the failed step again.
 */
@Service
public class StuckOrders {

    private final RunningProcesses running;
    private final Orders orders;
    private final RuleAudit audit;

    StuckOrders(RunningProcesses running, Orders orders, RuleAudit audit) {
        this.running = running;
        this.orders = orders;
        this.audit = audit;
    }

    /** A stuck order: where its process stopped and why; status and total are empty for an instance with no order. */
    public record StuckOrder(String orderId, OrderStatus status, Money total, String process, int processVersion,
            String elementId, String elementName, String error, Instant since) {
    }

    /** Oldest failure first. */
    public List<StuckOrder> list() {
        return running.stuck().stream().map(this::describe).toList();
    }

    /**
     * Runs the failed work of the order's process again.
     *
     * @return the number of failed jobs that run again
     * @throws NotFoundException when there is no such order
     * @throws ConflictException when the order's process is not stuck
     */
    public int retry(long orderId, String user) {
        Order order = orders.byId(orderId).orElseThrow(() -> new NotFoundException("There is no order " + orderId + "."));
        int retried = running.retry(String.valueOf(orderId));
        if (retried == 0) {
            throw new ConflictException("Order " + orderId + " is not stuck (it is " + order.status()
                    + "); there is nothing to retry.");
        }
        audit.record(user, RuleAudit.RETRY, null, null, null, null,
                "order " + orderId + ": " + retried + (retried == 1 ? " failed job runs" : " failed jobs run") + " again");
        return retried;
    }

    private StuckOrder describe(StuckInstance s) {
        Optional<Order> order = orderId(s.businessKey()).flatMap(orders::byId);
        return new StuckOrder(s.businessKey(), order.map(Order::status).orElse(null), order.map(Order::total).orElse(null),
                s.processKey(), s.processVersion(), s.elementId(), s.elementName(), s.error(), s.since());
    }

    private static Optional<Long> orderId(String businessKey) {
        try {
            return businessKey == null ? Optional.empty() : Optional.of(Long.parseLong(businessKey));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
