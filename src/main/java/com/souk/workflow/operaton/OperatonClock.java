package com.souk.workflow.operaton;

import com.souk.common.AdjustableClock;
import com.souk.workflow.EngineClock;
import com.souk.workflow.OnOperaton;
import java.time.Duration;
import java.time.Instant;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.jobexecutor.JobExecutor;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Moves Souk's clock and the engine's together, then wakes the job executor so due timers fire now. */
@OnOperaton
@Component
class OperatonClock implements EngineClock {

    private final AdjustableClock clock;
    private final ProcessEngine engine;

    OperatonClock(AdjustableClock clock, ProcessEngine engine) {
        this.clock = clock;
        this.engine = engine;
    }

    /** Returns the new current time. */
    @Override
    public Instant advance(Duration by) {
        Duration total = clock.advance(by);
        ClockUtil.offset(total.toMillis());
        wakeJobExecutor();
        return clock.instant();
    }

    @Override
    public void reset() {
        clock.reset();
        ClockUtil.reset();
    }

    private void wakeJobExecutor() {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        if (executor != null) {
            executor.jobWasAdded();
        }
    }
}
