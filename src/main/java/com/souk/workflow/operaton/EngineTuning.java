package com.souk.workflow.operaton;

import com.souk.workflow.OnOperaton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.operaton.bpm.dmn.engine.DmnEngineConfiguration;
import org.operaton.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.history.HistoryLevel;
import org.springframework.stereotype.Component;

/**
 * Engine settings that the benchmark (bench/run) showed to matter, each removing work the engine repeated on every
 * job without need.
 */
@OnOperaton
@Component
class EngineTuning extends AbstractProcessEnginePlugin {

    static final String DATATYPE_FACTORY = "javax.xml.datatype.DatatypeFactory";
    static final String JDK_DATATYPE_FACTORY = "com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Selected by operaton.bpm.history-level-default for new databases; an existing one keeps its level.
        List<HistoryLevel> custom = new ArrayList<>(Optional.ofNullable(configuration.getCustomHistoryLevels())
                .orElse(List.of()));
        custom.add(new InstancesAndTasksHistory());
        configuration.setCustomHistoryLevels(custom);
        // Decision tables parse each FEEL text once instead of on every evaluation.
        DefaultDmnEngineConfiguration dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        dmn.setFeelEngineFactory(ParseOnceFeelEngine::new);
        configuration.setDmnEngineConfiguration(dmn);
        // Every timer due date (ISO durations such as P5D) asks for a DatatypeFactory; without this property the
        // JDK looks for one by scanning every jar on the class path each time. Naming the JDK's own skips the scan.
        if (System.getProperty(DATATYPE_FACTORY) == null) {
            System.setProperty(DATATYPE_FACTORY, JDK_DATATYPE_FACTORY);
        }
    }
}
