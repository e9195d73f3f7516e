package com.souk.ordering.process;

import com.souk.ordering.OrderEvent;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.PurchaseProcess;
import com.souk.ordering.PurchaseSteps;
import com.souk.workflow.Job;
import com.souk.workflow.JobHandler;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Records what the model's task headers say: a new status and/or a timeline event. */
@Component
class UpdateOrderHandler implements JobHandler {

    private final PurchaseSteps steps;

    UpdateOrderHandler(PurchaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public String type() {
        return PurchaseProcess.JOB_UPDATE_ORDER;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        String status = job.header(PurchaseProcess.HEADER_STATUS);
        steps.record(job.longValue(PurchaseProcess.VAR_ORDER_ID), status == null ? null : OrderStatus.valueOf(status),
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
