package com.souk.common;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    AdjustableClock clock() {
        return new AdjustableClock();
    }
}
