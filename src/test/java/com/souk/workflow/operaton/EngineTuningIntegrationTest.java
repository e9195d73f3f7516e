package com.souk.workflow.operaton;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.support.SoukIntegrationTest;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.beans.factory.annotation.Autowired;

/** The running engine has Souk's FEEL engine, its history level and the pinned DatatypeFactory. */
@SoukIntegrationTest
class EngineTuningIntegrationTest {

    @Autowired ProcessEngine engine;

    @Test
    void theEngineUsesSouksSettings() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.getDmnEngineConfiguration().getFeelEngine()).isInstanceOf(ParseOnceFeelEngine.class);
        assertThat(configuration.getHistoryLevels()).anyMatch(InstancesAndTasksHistory.class::isInstance);
        assertThat(System.getProperty(EngineTuning.DATATYPE_FACTORY)).isEqualTo(EngineTuning.JDK_DATATYPE_FACTORY);
    }

    @Test
    void souksHistoryLevelKeepsInstancesAndTasksButNotEachActivity() {
        InstancesAndTasksHistory level = new InstancesAndTasksHistory();

        assertThat(level.isHistoryEventProduced(HistoryEventTypes.PROCESS_INSTANCE_START, null)).isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.PROCESS_INSTANCE_END, null)).isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.TASK_INSTANCE_COMPLETE, null)).isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_START, null)).isFalse();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, null)).isFalse();
        assertThat(level.getId()).isGreaterThan(3);
    }
}
