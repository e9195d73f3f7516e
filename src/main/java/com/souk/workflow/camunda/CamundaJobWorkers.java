package com.souk.workflow.camunda;

import com.souk.workflow.JobHandler;
import com.souk.workflow.OnCamunda;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One job worker per job type of Souk's handlers, opened once the application is up and closed on shutdown. Jobs
 * are at least once (a worker that dies holds its jobs until their timeout), which the handlers are built for.
 */
@OnCamunda
@Component
class CamundaJobWorkers implements SmartLifecycle {

    private final CamundaClient client;
    private final Map<String, JobHandler> handlers = new LinkedHashMap<>();
    private final MeterRegistry meters;
    private final Duration timeout;
    private final int maxJobsActive;
    private final List<JobWorker> workers = new ArrayList<>();

    CamundaJobWorkers(CamundaClient client, List<JobHandler> handlers, MeterRegistry meters,
            @Value("${souk.camunda.job-timeout:PT1M}") Duration timeout,
            @Value("${souk.camunda.max-jobs-active:16}") int maxJobsActive) {
        this.client = client;
        handlers.forEach(h -> this.handlers.putIfAbsent(h.type(), h));
        this.meters = meters;
        this.timeout = timeout;
        this.maxJobsActive = maxJobsActive;
    }

    @Override
    public synchronized void start() {
        handlers.forEach((type, handler) -> {
            JobRunner runner = new JobRunner(handler, meters);
            workers.add(client.newWorker().jobType(type).handler(runner::run).name("souk-" + type)
                    .timeout(timeout).maxJobsActive(maxJobsActive).open());
        });
    }

    @Override
    public synchronized void stop() {
        workers.forEach(JobWorker::close);
        workers.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return !workers.isEmpty();
    }

    /** The job types a worker is open for. */
    List<String> types() {
        return List.copyOf(handlers.keySet());
    }
}
