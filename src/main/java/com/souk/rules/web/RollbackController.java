package com.souk.rules.web;

import com.souk.common.FieldErrorException;
import com.souk.rules.RuleChanges;
import com.souk.rules.tables.Decision;
import com.souk.rules.tables.DmnTables;
import com.souk.rules.tables.UnreadableModelException;
import com.souk.workflow.DeployedModel;
import com.souk.workflow.ModelFile;
import com.souk.workflow.ModelKind;
import com.souk.workflow.ModelRejectedException;
import com.souk.workflow.ModelVersion;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Rolling a model back to an earlier version: a confirmation page saying what will happen and what changes, then the
 * rollback itself, which deploys that version's file again as a new version. Analysts only.
 */
@Controller
@PreAuthorize("hasRole('ANALYST')")
class RollbackController {

    static final String PATH = ModelPageController.MODEL_PATH + "/rollback";

    private final ModelPages pages;
    private final RuleChanges changes;
    private final RulePaths paths;

    RollbackController(ModelPages pages, RuleChanges changes, RulePaths paths) {
        this.pages = pages;
        this.changes = changes;
        this.paths = paths;
    }

    /** A decision in the same file, which the rollback takes back too; it becomes version {@code next}. */
    record Sharing(String id, String name, Integer next) {
    }

    @GetMapping(PATH)
    String confirm(@PathVariable String segment, @PathVariable String key, @RequestParam int toVersion, Model model,
            HttpServletResponse http) {
        return page(RulePaths.kind(segment), key, toVersion, null, model, http);
    }

    @PostMapping(PATH)
    String rollBack(@PathVariable String segment, @PathVariable String key, @RequestParam int toVersion,
            @RequestParam(required = false) String comment, @AuthenticationPrincipal UserDetails user, Model model,
            HttpServletResponse http, RedirectAttributes redirect) {
        String kind = RulePaths.kind(segment);
        List<ModelVersion> versions = pages.versions(kind, key);
        ModelPages.version(versions, toVersion);
        if (versions.get(0).version() == toVersion) {
            return page(kind, key, toVersion, comment, model, http);
        }
        try {
            List<DeployedModel> deployed = changes.rollBack(key, toVersion, user.getUsername(), comment);
            int now = deployed.stream().filter(d -> d.key().equals(key)).mapToInt(DeployedModel::version)
                    .findFirst().orElse(versions.get(0).version() + 1);
            redirect.addFlashAttribute("notice", "Rolled back: version " + toVersion + " of " + key
                    + " is now version " + now + ". New orders use it.");
            return "redirect:" + paths.model(kind, key);
        } catch (ModelRejectedException e) {
            http.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("problem", "Souk refused the rollback: version " + toVersion
                    + " no longer passes validation against what runs now. Nothing was deployed.");
            model.addAttribute("problems", e.problems());
            return page(kind, key, toVersion, comment, model, http);
        } catch (FieldErrorException e) {
            http.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("commentError", e.errors().get(0).message());
            return page(kind, key, toVersion, comment, model, http);
        }
    }

    private String page(String kind, String key, int toVersion, String comment, Model model,
            HttpServletResponse http) {
        List<ModelVersion> versions = pages.versions(kind, key);
        ModelVersion target = ModelPages.version(versions, toVersion);
        ModelVersion latest = versions.get(0);
        ModelFile file = pages.file(target);
        model.addAttribute("kind", kind);
        model.addAttribute("key", key);
        model.addAttribute("name", latest.name() == null ? key : latest.name());
        model.addAttribute("target", target);
        model.addAttribute("latest", latest);
        model.addAttribute("comment", comment);
        if (target.version() == latest.version()) {
            http.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", "Version " + toVersion + " is the latest already: there is nothing to roll"
                    + " back.");
            return "rules/rollback";
        }
        model.addAttribute("comparison", pages.kept(latest).map(now -> Comparison.of(kind, key, latest.version(),
                now, target.version(), file)).orElse(null));
        model.addAttribute("sharing", ModelKind.DECISION.equals(kind) ? sharing(key, file) : List.of());
        model.addAttribute("ready", true);
        return "rules/rollback";
    }

    private List<Sharing> sharing(String key, ModelFile file) {
        try {
            return DmnTables.read(file.text()).othersThan(key).stream().map((Decision d) -> {
                ModelVersion latest = pages.latest(d.id());
                return new Sharing(d.id(), d.name(), latest == null ? null : latest.version() + 1);
            }).toList();
        } catch (UnreadableModelException e) {
            return List.of();
        }
    }
}
