package com.souk.workflow.camunda;

import com.souk.common.ConflictException;
import com.souk.workflow.OnCamunda;
import com.souk.workflow.TaskDelegatingWorkflow;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ProcessInstanceEvent;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The workflow port on a Camunda 8 cluster. Unlike the embedded engine, nothing here joins Souk's transaction: each
 * call is a request to the cluster, made where the caller makes it (after the aggregate accepted the change, before
 * Souk commits), so a refused request rolls Souk's change back.
 *
 * <p>Messages are published rather than correlated, with the model's correlation key (the order id), an id that
 * makes a repeated publication a no-op, and a time to live per message ({@link MessageTerms}). Whether the order can
 * take the message is decided by Souk before publishing, by the aggregate's state (an order that is not awaiting
 * shipment cannot be shipped: 409), the same rule the embedded engine's correlation enforces.
 */
@OnCamunda
@Component
class CamundaWorkflow extends TaskDelegatingWorkflow {

    private static final Logger log = LoggerFactory.getLogger(CamundaWorkflow.class);

    private final CamundaClient client;

    CamundaWorkflow(CamundaClient client, CamundaTasks tasks) {
        super(tasks);
        this.client = client;
    }

    @Override
    public String start(String processId, Map<String, Object> variables) {
        ProcessInstanceEvent started = ClusterCalls.send("start " + processId,
                client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
                        .variables(ClusterVariables.of(variables)));
        return String.valueOf(started.getProcessInstanceKey());
    }

    @Override
    public void correlate(String messageName, String correlationKey, Map<String, Object> variables) {
        String messageId = MessageTerms.messageId(messageName, correlationKey, variables);
        try {
            ClusterCalls.send("publish " + messageName + " for " + correlationKey,
                    client.newPublishMessageCommand().messageName(messageName).correlationKey(correlationKey)
                            .messageId(messageId).timeToLive(MessageTerms.timeToLive(messageName))
                            .variables(ClusterVariables.of(variables)));
        } catch (ConflictException alreadyPublished) {
            // The cluster keeps one message per id while it lives: this one was published before (a retry).
            log.info("Message {} was published already; the cluster kept the first", messageId);
        }
    }

}
