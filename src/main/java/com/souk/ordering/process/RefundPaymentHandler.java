package com.souk.ordering.process;

import com.souk.ordering.PurchaseProcess;
import com.souk.ordering.PurchaseSteps;
import com.souk.workflow.Job;
import com.souk.workflow.JobHandler;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Refunds {@code refundMinor} when the process set it, otherwise everything still held. */
@Component
class RefundPaymentHandler implements JobHandler {

    private final PurchaseSteps steps;

    RefundPaymentHandler(PurchaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public String type() {
        return PurchaseProcess.JOB_REFUND_PAYMENT;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        Long amount = job.has(PurchaseProcess.VAR_REFUND) ? job.longValue(PurchaseProcess.VAR_REFUND) : null;
        steps.refund(job.longValue(PurchaseProcess.VAR_ORDER_ID), amount);
        return Map.of();
    }
}
