package com.souk.protection.process;

import com.souk.ordering.PurchaseProcess;
import com.souk.protection.DisputeSettlement;
import com.souk.workflow.Job;
import com.souk.workflow.JobHandler;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Triage could not decide: the dispute goes to an agent's desk. */
@Component
class RequestAgentReviewHandler implements JobHandler {

    private final DisputeSettlement settlement;

    RequestAgentReviewHandler(DisputeSettlement settlement) {
        this.settlement = settlement;
    }

    @Override
    public String type() {
        return PurchaseProcess.JOB_REQUEST_AGENT_REVIEW;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        settlement.toAgentReview(job.longValue(PurchaseProcess.VAR_DISPUTE_ID), job.longValue(PurchaseProcess.VAR_ORDER_ID));
        return Map.of();
    }
}
