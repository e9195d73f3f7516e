package com.souk.protection.web;

import com.souk.identity.SoukUser;
import com.souk.protection.AgentOutcome;
import com.souk.protection.DisputeTasks;
import com.souk.protection.DisputeTasks.DisputeTask;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dispute agents' task list over HTTP. */
@RestController
@RequestMapping("/api/tasks")
@PreAuthorize("hasRole('AGENT')")
class TaskApiController {

    private final DisputeTasks tasks;

    TaskApiController(DisputeTasks tasks) {
        this.tasks = tasks;
    }

    record RefundJson(@NotNull @Positive Long amountMinor, String currency) {
    }

    record Completion(@NotNull AgentOutcome outcome, @Valid RefundJson refund,
            @NotBlank @Size(max = 2000, message = "must be at most 2000 characters") String note) {
    }

    @GetMapping
    List<DisputeTask> open(@RequestParam(defaultValue = DisputeTasks.GROUP) String candidateGroup) {
        return tasks.open(candidateGroup);
    }

    @PostMapping("/{id}/claim")
    DisputeTask claim(@AuthenticationPrincipal SoukUser agent, @PathVariable String id) {
        return tasks.claim(agent, id);
    }

    @PostMapping("/{id}/completion")
    ResponseEntity<Void> complete(@AuthenticationPrincipal SoukUser agent, @PathVariable String id,
            @Valid @RequestBody Completion body) {
        tasks.complete(agent, id, body.outcome(), body.refund() == null ? null : body.refund().amountMinor(),
                body.note());
        return ResponseEntity.status(HttpStatus.ACCEPTED).build();
    }
}
