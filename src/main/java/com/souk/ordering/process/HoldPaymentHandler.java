package com.souk.ordering.process;

import com.souk.ordering.PurchaseProcess;
import com.souk.ordering.PurchaseSteps;
import com.souk.workflow.Job;
import com.souk.workflow.JobError;
import com.souk.workflow.JobHandler;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
class HoldPaymentHandler implements JobHandler {

    private final PurchaseSteps steps;

    HoldPaymentHandler(PurchaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public String type() {
        return PurchaseProcess.JOB_HOLD_PAYMENT;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        steps.holdPayment(job.longValue(PurchaseProcess.VAR_ORDER_ID), job.string(PurchaseProcess.VAR_SHIP_BY),
                job.string(PurchaseProcess.VAR_PROTECTION_PERIOD),
                (int) job.longValue(PurchaseProcess.VAR_COMMISSION_BPS))
                .ifPresent(reason -> {
                    throw new JobError(PurchaseProcess.ERROR_PAYMENT_DECLINED, reason);
                });
        return Map.of();
    }
}
