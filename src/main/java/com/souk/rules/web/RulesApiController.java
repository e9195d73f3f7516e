package com.souk.rules.web;

import com.souk.common.NotFoundException;
import com.souk.common.PageOf;
import com.souk.rules.RuleAudit;
import com.souk.rules.RuleChanges;
import com.souk.workflow.DeployedModel;
import com.souk.workflow.ModelDeployments;
import com.souk.workflow.ModelKind;
import com.souk.workflow.ModelProblem;
import com.souk.workflow.ModelVersion;
import com.souk.workflow.RunningProcesses;
import com.souk.workflow.ValidationReport;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The workbench's API: what is deployed, validation, deployment with a comment, versions, rollback, the audit log. */
@RestController
class RulesApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final ModelDeployments deployments;
    private final RuleChanges changes;
    private final RuleAudit audit;
    private final RunningProcesses running;

    RulesApiController(ModelDeployments deployments, RuleChanges changes, RuleAudit audit, RunningProcesses running) {
        this.deployments = deployments;
        this.changes = changes;
        this.audit = audit;
        this.running = running;
    }

    @GetMapping("/api/rules")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    List<DeployedModel> deployed() {
        return deployments.deployed();
    }

    @PostMapping(path = "/api/rules", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ANALYST')")
    ResponseEntity<List<DeployedModel>> deploy(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "comment", required = false) String comment,
            @AuthenticationPrincipal UserDetails user) {
        List<DeployedModel> deployed = changes.deploy(UploadedModel.from(file), user.getUsername(), comment);
        return ResponseEntity.created(URI.create("/api/rules")).body(deployed);
    }

    @PostMapping(path = "/api/rules/validation", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ANALYST')")
    ResponseEntity<?> validate(@RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal UserDetails user) {
        ValidationReport report = changes.validate(UploadedModel.from(file), user.getUsername());
        if (report.valid()) {
            return ResponseEntity.ok(Map.of("valid", true, "problems", List.of()));
        }
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(refusal(report.problems()));
    }

    /** One version as the API shows it. */
    record VersionJson(String kind, String key, int version, String fileName, Instant deployedAt, String deployedBy,
            String comment, String action, Integer rolledBackTo, boolean original, Long runningOrders) {
    }

    @GetMapping("/api/rules/{key}/versions")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    List<VersionJson> versions(@PathVariable String key) {
        List<ModelVersion> versions = deployments.versions(key);
        if (versions.isEmpty()) {
            throw new NotFoundException("There is no model " + key + ".");
        }
        Map<Integer, Long> instances = ModelKind.PROCESS.equals(versions.get(0).kind()) ? running.byVersion(key)
                : Map.of();
        return versions.stream().map(v -> new VersionJson(v.kind(), v.key(), v.version(), v.fileName(),
                v.deployedAt(), v.deployedBy(), v.comment(), v.action(), v.rolledBackTo(), v.original(),
                ModelKind.PROCESS.equals(v.kind()) ? instances.getOrDefault(v.version(), 0L) : null)).toList();
    }

    /** Which earlier version to bring back, and why. */
    record RollbackRequest(@NotNull(message = "say which version to roll back to") @Min(value = 1,
            message = "versions start at 1") Integer toVersion, String comment) {
    }

    @PostMapping("/api/rules/{key}/rollback")
    @PreAuthorize("hasRole('ANALYST')")
    ResponseEntity<List<DeployedModel>> rollback(@PathVariable String key, @Valid @RequestBody RollbackRequest request,
            @AuthenticationPrincipal UserDetails user) {
        List<DeployedModel> deployed = changes.rollBack(key, request.toVersion(), user.getUsername(),
                request.comment());
        return ResponseEntity.created(URI.create("/api/rules/" + key + "/versions")).body(deployed);
    }

    @GetMapping("/api/rules/audit")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    PageOf<RuleAudit.Entry> audit(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return audit.page(Math.max(0, page), Math.max(1, Math.min(size, MAX_PAGE_SIZE)));
    }

    static ProblemDetail refusal(List<ModelProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                problems.size() == 1 ? "The file has a problem; nothing was deployed."
                        : "The file has " + problems.size() + " problems; nothing was deployed.");
        problem.setTitle("Model refused");
        problem.setProperty("valid", false);
        problem.setProperty("problems", problems);
        return problem;
    }
}
