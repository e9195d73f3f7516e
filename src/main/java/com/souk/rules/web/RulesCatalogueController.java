package com.souk.rules.web;

import com.souk.rules.StuckOrders;
import com.souk.workflow.DeployedModel;
import com.souk.workflow.ModelDeployments;
import com.souk.workflow.ModelKind;
import com.souk.workflow.ModelVersion;
import com.souk.workflow.RunningProcesses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The workbench's front page: every process, decision table and form with its latest version, and the upload form. */
@Controller
class RulesCatalogueController {

    private final ModelDeployments deployments;
    private final RunningProcesses running;
    private final StuckOrders stuck;

    RulesCatalogueController(ModelDeployments deployments, RunningProcesses running, StuckOrders stuck) {
        this.deployments = deployments;
        this.running = running;
        this.stuck = stuck;
    }

    /** One model as the catalogue lists it: its latest version and, for a process, the orders running on it. */
    record Entry(DeployedModel model, ModelVersion latest, int versions, Long runningOrders) {
    }

    @GetMapping("/rules")
    String catalogue(Model model) {
        Map<String, List<Entry>> byKind = new LinkedHashMap<>();
        for (String kind : List.of(ModelKind.PROCESS, ModelKind.DECISION, ModelKind.FORM)) {
            byKind.put(kind, new java.util.ArrayList<>());
        }
        for (DeployedModel m : deployments.deployed()) {
            List<ModelVersion> versions = deployments.versions(m.key());
            Long runningOrders = ModelKind.PROCESS.equals(m.kind())
                    ? running.byVersion(m.key()).values().stream().mapToLong(Long::longValue).sum() : null;
            byKind.computeIfAbsent(m.kind(), k -> new java.util.ArrayList<>())
                    .add(new Entry(m, versions.isEmpty() ? null : versions.get(0), versions.size(), runningOrders));
        }
        model.addAttribute("byKind", byKind);
        model.addAttribute("stuckOrders", stuck.list().size());
        return "rules/catalogue";
    }
}
