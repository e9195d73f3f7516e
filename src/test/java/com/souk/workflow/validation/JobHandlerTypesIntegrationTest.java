package com.souk.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.support.SoukIntegrationTest;
import com.souk.workflow.JobHandler;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The job handlers Souk runs are exactly the JOB_ constants, so the validation tests' list of job types stays true. */
@SoukIntegrationTest
class JobHandlerTypesIntegrationTest {

    @Autowired
    List<JobHandler> allHandlers;

    @Test
    void theJobHandlersAreExactlyThePurchaseProcessJobTypes() {
        // Souk's own handlers; the engine-port contract's handler is test code with a model of its own.
        List<JobHandler> handlers = allHandlers.stream()
                .filter(h -> !(h instanceof com.souk.workflow.PortContractSteps)).toList();
        assertThat(handlers).extracting(JobHandler::type).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Bundled.jobTypes().keySet());
        assertThat(handlers).allSatisfy(handler -> assertThat(Bundled.jobTypes().get(handler.type()))
                .as("outputs of %s", handler.type()).isEqualTo(handler.outputs()));
        assertThat(handlers).allSatisfy(handler -> assertThat(new HeaderRules(handler.headerValues(),
                handler.requiredHeaders())).as("headers of %s", handler.type())
                .isEqualTo(Bundled.headers().get(handler.type())));
    }
}
