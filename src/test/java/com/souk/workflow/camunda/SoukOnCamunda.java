package com.souk.workflow.camunda;

import com.souk.support.TestSupportConfiguration;
import io.camunda.process.test.api.CamundaSpringProcessTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application in cluster mode (souk.engine=camunda) on the test database, with Camunda Process Test
 * providing the cluster's client; only where {@link CamundaClusterCondition} finds a cluster.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(CamundaClusterCondition.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "souk.engine=camunda")
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Import(TestSupportConfiguration.class)
@CamundaSpringProcessTest
public @interface SoukOnCamunda {
}
