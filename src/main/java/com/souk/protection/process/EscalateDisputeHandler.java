package com.souk.protection.process;

import com.souk.ordering.PurchaseProcess;
import com.souk.protection.DisputeSettlement;
import com.souk.workflow.Job;
import com.souk.workflow.JobHandler;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The agent SLA ran out: flag the dispute so the desk lists it first, and tell both parties on the timeline. */
@Component
class EscalateDisputeHandler implements JobHandler {

    private final DisputeSettlement settlement;

    EscalateDisputeHandler(DisputeSettlement settlement) {
        this.settlement = settlement;
    }

    @Override
    public String type() {
        return PurchaseProcess.JOB_ESCALATE_DISPUTE;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        settlement.escalate(job.longValue(PurchaseProcess.VAR_DISPUTE_ID), job.longValue(PurchaseProcess.VAR_ORDER_ID));
        return Map.of();
    }
}
