package com.souk.workflow.operaton;

import com.souk.workflow.ConcurrentChangeException;
import com.souk.workflow.MessageNotCorrelatedException;
import com.souk.workflow.OnOperaton;
import com.souk.workflow.TaskDelegatingWorkflow;
import java.util.Map;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.MismatchingMessageCorrelationException;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.MessageCorrelationBuilder;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** The workflow port on the embedded engine; calls join the caller's transaction. */
@OnOperaton
@Component
class OperatonWorkflow extends TaskDelegatingWorkflow {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final CorrelationKeys correlationKeys;
    /** Whether instances without a business key were running when first asked; unknown until then. */
    private volatile Boolean instancesWithoutBusinessKey;

    OperatonWorkflow(RuntimeService runtime, ManagementService management, CorrelationKeys correlationKeys,
            OperatonTasks tasks) {
        super(tasks);
        this.runtime = runtime;
        this.management = management;
        this.correlationKeys = correlationKeys;
    }

    private boolean stillWaiting(String messageName, String correlationKey) {
        return runtime.createExecutionQuery().messageEventSubscriptionName(messageName)
                .processVariableValueEquals(correlationKeys.variableFor(messageName), correlationKey).count() > 0;
    }

    /**
     * Whether to find the waiting instance by business key, through the key's index, rather than by variable.
     * Instances started before Souk set business keys have none; while any such instance may be running, each
     * correlation first asks whether its instance has a key.
     */
    private boolean correlateByBusinessKey(String messageName, String correlationKey) {
        if (!correlationKeys.correlatesOnBusinessKey(messageName)) {
            return false;
        }
        return !instancesWithoutBusinessKey() || runtime.createExecutionQuery().processInstanceBusinessKey(correlationKey)
                .messageEventSubscriptionName(messageName).count() > 0;
    }

    /** Lets the next correlation ask again (tests start instances without a key after the first correlation). */
    void checkAgainForInstancesWithoutBusinessKey() {
        instancesWithoutBusinessKey = null;
    }

    /** Asked once: every instance started since carries a business key when its messages share one variable. */
    private boolean instancesWithoutBusinessKey() {
        Boolean known = instancesWithoutBusinessKey;
        if (known == null) {
            known = runtime.createNativeProcessInstanceQuery()
                    .sql("select count(*) from " + management.getTableName(ProcessInstance.class)
                            + " where PARENT_ID_ is null and BUSINESS_KEY_ is null")
                    .count() > 0;
            instancesWithoutBusinessKey = known;
        }
        return known;
    }


    @Override
    public String start(String processId, Map<String, Object> variables) {
        return runtime.startProcessInstanceByKey(processId, correlationKeys.businessKey(variables).orElse(null),
                variables).getId();
    }

    @Override
    public void correlate(String messageName, String correlationKey, Map<String, Object> variables) {
        try {
            MessageCorrelationBuilder correlation = runtime.createMessageCorrelation(messageName);
            if (correlateByBusinessKey(messageName, correlationKey)) {
                correlation.processInstanceBusinessKey(correlationKey);
            } else {
                correlation.processInstanceVariableEquals(correlationKeys.variableFor(messageName), correlationKey);
            }
            correlation.setVariables(variables).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new MessageNotCorrelatedException(
                    "Nothing is waiting for " + messageName + " on " + correlationKey + " right now.");
        } catch (OptimisticLockingException e) {
            throw new ConcurrentChangeException("The order changed at the same moment; please try again.");
        } catch (RuntimeException e) {
            // A timer can end the waiting execution while the engine is between finding and triggering it; the
            // engine then fails in odd ways. When nothing waits any more, that was the race, not a defect.
            if (!stillWaiting(messageName, correlationKey)) {
                throw new MessageNotCorrelatedException(
                        "Nothing is waiting for " + messageName + " on " + correlationKey + " any more.");
            }
            throw e;
        }
    }
}
