package com.souk.workflow.camunda;

import com.souk.support.TestSupportConfiguration;
import com.souk.workflow.EnginePortContract;
import io.camunda.process.test.api.CamundaSpringProcessTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The engine port's contract on a Camunda 8 cluster; runs where {@link CamundaClusterCondition} finds one. */
@ExtendWith(CamundaClusterCondition.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "souk.engine=camunda")
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Import(TestSupportConfiguration.class)
@CamundaSpringProcessTest
class CamundaEnginePortContractTest extends EnginePortContract {
}
