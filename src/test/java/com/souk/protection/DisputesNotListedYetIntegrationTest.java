package com.souk.protection;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.protection.DisputeScenario.Shipped;
import com.souk.support.SoukIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The desk names a dispute handed to the agents whose task the list does not show yet (a cluster's index follows
 * by a moment); the embedded engine lists the task at once, so the test hides it from the list as a lagging index
 * would.
 */
@SoukIntegrationTest
class DisputesNotListedYetIntegrationTest {

    @Autowired
    DisputeScenario scenario;

    @Autowired
    DisputeTasks tasks;

    @Test
    void aHandedOverDisputeMissingFromTheListIsNamedUntilAnAgentDecidesIt() {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 10_400);
        long dispute = scenario.openDispute(order, "NOT_AS_DESCRIBED", 10_400);
        scenario.respond(order, dispute, "CONTEST", null);
        String task = scenario.awaitTask(dispute);

        assertThat(tasks.notListedYet(tasks.open(DisputeTasks.GROUP))).extracting(w -> w.dispute().id())
                .as("listed, so not on its way").doesNotContain(dispute);
        List<DisputeTasks.OnItsWay> withoutTheTask = tasks.notListedYet(List.of());
        assertThat(withoutTheTask).extracting(w -> w.dispute().id()).contains(dispute);
        assertThat(withoutTheTask.stream().filter(w -> w.dispute().id() == dispute).findFirst().orElseThrow()
                .handedOver()).isNotNull();

        scenario.decideAsAgent(task, Map.of("outcome", "REJECT", "note", "Tracking shows delivery."));

        assertThat(tasks.notListedYet(List.of())).extracting(w -> w.dispute().id()).doesNotContain(dispute);
    }
}
