package com.souk.ordering.process;

import com.souk.ordering.PurchaseProcess;
import com.souk.ordering.PurchaseSteps;
import com.souk.workflow.Job;
import com.souk.workflow.JobError;
import com.souk.workflow.JobHandler;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
class ReserveStockHandler implements JobHandler {

    private final PurchaseSteps steps;

    ReserveStockHandler(PurchaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public String type() {
        return PurchaseProcess.JOB_RESERVE_STOCK;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        steps.reserveStock(job.longValue(PurchaseProcess.VAR_ORDER_ID)).ifPresent(shortage -> {
            throw new JobError(PurchaseProcess.ERROR_OUT_OF_STOCK, shortage);
        });
        return Map.of();
    }
}
