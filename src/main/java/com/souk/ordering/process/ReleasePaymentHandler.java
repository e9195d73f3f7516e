package com.souk.ordering.process;

import com.souk.ordering.PurchaseProcess;
import com.souk.ordering.PurchaseSteps;
import com.souk.workflow.Job;
import com.souk.workflow.JobHandler;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
class ReleasePaymentHandler implements JobHandler {

    private final PurchaseSteps steps;

    ReleasePaymentHandler(PurchaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public String type() {
        return PurchaseProcess.JOB_RELEASE_PAYMENT;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        steps.releasePayment(job.longValue(PurchaseProcess.VAR_ORDER_ID));
        return Map.of();
    }
}
