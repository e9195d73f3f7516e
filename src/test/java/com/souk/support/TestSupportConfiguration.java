package com.souk.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

    @Bean
    Api api() {
        return new Api();
    }

    @Bean
    Fixtures fixtures() {
        return new Fixtures();
    }

    @Bean
    com.souk.protection.DisputeScenario disputeScenario() {
        return new com.souk.protection.DisputeScenario();
    }

    @Bean
    com.souk.reviews.ReviewScenario reviewScenario() {
        return new com.souk.reviews.ReviewScenario();
    }

    @Bean
    com.souk.rules.StuckOrderScenario stuckOrderScenario() {
        return new com.souk.rules.StuckOrderScenario();
    }

    @Bean
    Uploads uploads() {
        return new Uploads();
    }

    @Bean
    com.souk.workflow.PortContractSteps portContractSteps() {
        return new com.souk.workflow.PortContractSteps();
    }

    @Bean
    LedgerInvariants ledgerInvariants() {
        return new LedgerInvariants();
    }
}
