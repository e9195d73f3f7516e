package com.souk.workflow.camunda;

import com.souk.workflow.Job;
import com.souk.workflow.JobError;
import com.souk.workflow.JobHandler;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one activated job with the handler of its type, the same handler the embedded engine calls, and tells the
 * cluster how it went: completed with the handler's variables; a BPMN error for a business outcome the model catches
 * ({@link JobError}); otherwise failed with one retry fewer, a back-off that grows as retries run out, and a message
 * an operator can read in Operate (the exception's own message and type, never a stack trace).
 */
class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(5);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final JobHandler handler;
    private final MeterRegistry meters;

    JobRunner(JobHandler handler, MeterRegistry meters) {
        this.handler = handler;
        this.meters = meters;
    }

    void run(JobClient jobs, ActivatedJob activated) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "completed";
        try {
            Map<String, Object> result = handler.handle(new Job(activated.getType(),
                    String.valueOf(activated.getProcessInstanceKey()), activated.getVariablesAsMap(),
                    Map.copyOf(activated.getCustomHeaders())));
            ClusterCalls.send("complete job " + activated.getKey(), jobs.newCompleteCommand(activated.getKey())
                    .variables(ClusterVariables.of(result == null ? Map.of() : result)));
        } catch (JobError e) {
            outcome = "bpmn-error";
            ClusterCalls.send("throw " + e.code() + " on job " + activated.getKey(),
                    jobs.newThrowErrorCommand(activated.getKey()).errorCode(e.code()).errorMessage(e.getMessage()));
        } catch (RuntimeException e) {
            outcome = "failed";
            int retriesLeft = Math.max(0, activated.getRetries() - 1);
            log.warn("Job {} ({}) of instance {} failed, {} retries left: {}", activated.getKey(), activated.getType(),
                    activated.getProcessInstanceKey(), retriesLeft, e.toString());
            ClusterCalls.send("fail job " + activated.getKey(), jobs.newFailCommand(activated.getKey())
                    .retries(retriesLeft).retryBackoff(backoff(retriesLeft)).errorMessage(operatorMessage(e)));
        } finally {
            sample.stop(meters.timer("souk.jobs", "type", activated.getType(), "outcome", outcome));
        }
    }

    /** 5 s after the first failure (of the default 3 retries), doubling with each further one, at most 5 minutes. */
    static Duration backoff(int retriesLeft) {
        if (retriesLeft == 0) {
            return Duration.ZERO;
        }
        int used = Math.max(0, 2 - retriesLeft);
        Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(used, 10));
        return backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
    }

    /** What Operate shows on the incident: the handler's type, the exception's message and its cause's. */
    static String operatorMessage(Throwable e) {
        StringBuilder message = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        Throwable cause = e.getCause();
        if (cause != null && cause != e) {
            message.append(" (caused by ").append(cause.getClass().getSimpleName()).append(": ")
                    .append(cause.getMessage()).append(')');
        }
        return message.length() > 1000 ? message.substring(0, 1000) : message.toString();
    }
}
