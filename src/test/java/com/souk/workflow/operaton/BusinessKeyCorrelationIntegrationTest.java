package com.souk.workflow.operaton;

import static com.souk.workflow.operaton.C8Models.withRootElements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.souk.support.SoukIntegrationTest;
import com.souk.workflow.MessageNotCorrelatedException;
import com.souk.workflow.Workflow;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Instances carry their correlation value as business key, and messages find them by it; an instance started
 * without one (before Souk set business keys) is still found by its variable.
 */
@SoukIntegrationTest
class BusinessKeyCorrelationIntegrationTest {

    private static final String PROCESS = """
            <bpmn:message id="ping-msg" name="BusinessKeyPing">
              <bpmn:extensionElements><zeebe:subscription correlationKey="=orderId" /></bpmn:extensionElements>
            </bpmn:message>
            """;
    private static final String FLOW = """
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <bpmn:receiveTask id="wait" messageRef="ping-msg" />
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
            <bpmn:endEvent id="end" />
            """;
    private static final AtomicLong NEXT_ORDER = new AtomicLong(900_000_000L + System.nanoTime() % 1_000_000);

    @Autowired Workflow workflow;
    @Autowired OperatonWorkflow operatonWorkflow;
    @Autowired RuntimeService runtime;

    @BeforeAll
    static void deploy(@Autowired RepositoryService repository, @Autowired CorrelationKeys correlationKeys) {
        TranslatedModel model = new C8ModelTranslator("P1D").translate("business-key-ping.bpmn",
                Translations.stream(withRootElements(PROCESS, FLOW)), Map.of());
        correlationKeys.register(model.correlationVariableByMessage());
        repository.createDeployment().name("business-key-ping").enableDuplicateFiltering(true)
                .addString("business-key-ping.bpmn", model.toXml()).deploy();
    }

    @Test
    void startsAnInstanceUnderItsCorrelationValueAndCorrelatesByIt() {
        long orderId = NEXT_ORDER.incrementAndGet();
        String instance = workflow.start("order", Map.of("orderId", String.valueOf(orderId)));

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey())
                .isEqualTo(String.valueOf(orderId));
        workflow.correlate("BusinessKeyPing", String.valueOf(orderId), Map.of());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }

    @Test
    void findsAnInstanceStartedWithoutBusinessKeyByItsVariable() {
        long orderId = NEXT_ORDER.incrementAndGet();
        String instance = runtime.startProcessInstanceByKey("order", Map.of("orderId", String.valueOf(orderId))).getId();
        operatonWorkflow.checkAgainForInstancesWithoutBusinessKey();

        workflow.correlate("BusinessKeyPing", String.valueOf(orderId), Map.of());

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }

    @Test
    void answersThatNothingWaitsWhenNoInstanceHasTheKey() {
        String nobody = String.valueOf(NEXT_ORDER.incrementAndGet());

        assertThatThrownBy(() -> workflow.correlate("BusinessKeyPing", nobody, Map.of()))
                .isInstanceOf(MessageNotCorrelatedException.class).hasMessageContaining(nobody);
    }
}
