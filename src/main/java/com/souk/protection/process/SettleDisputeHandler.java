package com.souk.protection.process;

import com.souk.ordering.OrderEvent;
import com.souk.ordering.PurchaseProcess;
import com.souk.protection.DisputeSettlement;
import com.souk.workflow.Job;
import com.souk.workflow.JobHandler;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Ends a dispute with the refund the model's header names: {@code full}, {@code requested} (what the buyer
 * asked), {@code decided} (the seller's accepted offer or the agent's amount) or {@code none}.
 */
@Component
class SettleDisputeHandler implements JobHandler {

    private final DisputeSettlement settlement;

    SettleDisputeHandler(DisputeSettlement settlement) {
        this.settlement = settlement;
    }

    @Override
    public String type() {
        return PurchaseProcess.JOB_SETTLE_DISPUTE;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        long orderId = job.longValue(PurchaseProcess.VAR_ORDER_ID);
        long refund = switch (job.header(PurchaseProcess.HEADER_REFUND)) {
            case "full" -> job.longValue(PurchaseProcess.VAR_AMOUNT);
            case "requested" -> job.longValue(PurchaseProcess.VAR_REQUESTED_REFUND);
            case "decided" -> job.longValue(PurchaseProcess.VAR_REFUND);
            case "none" -> 0L;
            default -> throw new IllegalStateException("unknown refund header: " + job.header(PurchaseProcess.HEADER_REFUND));
        };
        settlement.settle(job.longValue(PurchaseProcess.VAR_DISPUTE_ID), orderId, refund,
                OrderEvent.fromHeader(job.header(PurchaseProcess.HEADER_EVENT)));
        return Map.of();
    }

    @Override
    public Map<String, java.util.Set<String>> headerValues() {
        return PurchaseProcess.headerValues(type());
    }

    @Override
    public java.util.Set<String> requiredHeaders() {
        return PurchaseProcess.requiredHeaders(type());
    }
}
