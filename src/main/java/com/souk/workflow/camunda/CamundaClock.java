package com.souk.workflow.camunda;

import com.souk.common.AdjustableClock;
import com.souk.common.BusinessRuleException;
import com.souk.workflow.EngineClock;
import com.souk.workflow.OnCamunda;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Moves Souk's clock and pins the cluster's clock to the same moment, so due timers fire now. A cluster pins its
 * clock only when it runs with a controlled clock (ZEEBE_CLOCK_CONTROLLED=true, as docker-compose.yml starts it);
 * any other refuses, and so does Souk, with the reason, leaving both clocks where they were.
 */
@OnCamunda
@Component
class CamundaClock implements EngineClock {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CamundaClock.class);

    private final AdjustableClock clock;
    private final CamundaClient client;

    CamundaClock(AdjustableClock clock, CamundaClient client) {
        this.clock = clock;
        this.client = client;
    }

    @Override
    public Instant advance(Duration by) {
        Instant target = clock.instant().plus(by);
        try {
            ClusterCalls.send("pin its clock to " + target, client.newPinClockCommand().time(target));
        } catch (IllegalStateException | com.souk.common.NotFoundException refused) {
            throw notControlled(refused);
        }
        clock.advance(by);
        return clock.instant();
    }

    /** Back to real time; a cluster without a controlled clock runs on real time already, so its refusal is fine. */
    @Override
    public void reset() {
        clock.reset();
        try {
            ClusterCalls.send("reset its clock", client.newResetClockCommand());
        } catch (IllegalStateException | com.souk.common.NotFoundException onRealTimeAlready) {
            log.debug("The cluster's clock is not controlled: {}", onRealTimeAlready.getMessage());
        }
    }

    private BusinessRuleException notControlled(RuntimeException refused) {
        return new BusinessRuleException("The Camunda cluster at " + client.getConfiguration().getRestAddress()
                + " does not let Souk move its clock; start it with ZEEBE_CLOCK_CONTROLLED=true (docker-compose.yml"
                + " does) to use the demo clock. The cluster said: " + refused.getMessage());
    }
}
