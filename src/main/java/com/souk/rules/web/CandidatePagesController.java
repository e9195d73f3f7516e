package com.souk.rules.web;

import com.souk.common.BusinessRuleException;
import com.souk.common.FieldErrorException;
import com.souk.rules.RuleChanges;
import com.souk.rules.candidates.Candidate;
import com.souk.rules.candidates.RuleCandidates;
import com.souk.rules.simulation.Simulations;
import com.souk.workflow.DeployedModel;
import com.souk.workflow.ModelDeployments;
import com.souk.workflow.ModelFile;
import com.souk.workflow.ModelKind;
import com.souk.workflow.ModelRejectedException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The analyst's way from a new file to a deployed one: upload it, see what validation says, simulate a decision table
 * over past cases, deploy it with a comment. Analysts see their own candidates; admins read every one.
 */
@Controller
@RequestMapping("/rules/candidates")
class CandidatePagesController {

    static final int LISTED = 50;
    static final List<String> PERIODS = List.of("30", "90", "365", "all");
    static final String DEFAULT_PERIOD = "90";

    private final RuleCandidates candidates;
    private final ModelDeployments deployments;
    private final RuleChanges changes;
    private final Simulations simulations;
    private final RulePaths paths;

    CandidatePagesController(RuleCandidates candidates, ModelDeployments deployments, RuleChanges changes,
            Simulations simulations, RulePaths paths) {
        this.candidates = candidates;
        this.deployments = deployments;
        this.changes = changes;
        this.simulations = simulations;
        this.paths = paths;
    }

    @GetMapping
    String list(Authentication user, Model model) {
        model.addAttribute("candidates", candidates.listFor(user.getName(), isAdmin(user), LISTED));
        return "rules/candidates";
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ANALYST')")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Authentication user, Model model,
            HttpServletResponse http) {
        ModelFile uploaded;
        try {
            uploaded = UploadedModel.from(file);
            if (uploaded.text().indexOf('\0') >= 0) {
                throw new FieldErrorException("file", "is not a text file; upload a .bpmn, .dmn or .form as saved by "
                        + "Camunda Modeler");
            }
        } catch (FieldErrorException e) {
            http.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fieldErrors", fieldErrors(e));
            return list(user, model);
        }
        long id = candidates.add(uploaded, user.getName());
        changes.validate(uploaded, user.getName());
        return "redirect:/rules/candidates/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Authentication user, Model model) {
        Candidate candidate = candidates.visibleTo(id, user.getName(), isAdmin(user));
        return page(candidate, model);
    }

    @PostMapping("/{id}/simulation")
    @PreAuthorize("hasRole('ANALYST')")
    String simulate(@PathVariable long id, @RequestParam(name = "period", required = false) String period,
            @RequestParam(name = "decision", required = false) String decision, Authentication user, Model model,
            HttpServletResponse http) {
        Candidate candidate = candidates.visibleTo(id, user.getName(), false);
        String chosen = PERIODS.contains(period) ? period : DEFAULT_PERIOD;
        model.addAttribute("period", chosen);
        model.addAttribute("decision", decision);
        try {
            model.addAttribute("simulation", simulations.simulate(candidate.file(),
                    "all".equals(chosen) ? null : Integer.valueOf(chosen), decision, user.getName()));
        } catch (FieldErrorException e) {
            http.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fieldErrors", fieldErrors(e));
        } catch (ModelRejectedException e) {
            http.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("refused", e.problems());
        } catch (BusinessRuleException e) {
            http.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("problem", e.getMessage());
        }
        return page(candidate, model);
    }

    @PostMapping("/{id}/deployment")
    @PreAuthorize("hasRole('ANALYST')")
    String deploy(@PathVariable long id, @RequestParam(name = "comment", required = false) String comment,
            Authentication user, Model model, HttpServletResponse http, RedirectAttributes redirect) {
        Candidate candidate = candidates.visibleTo(id, user.getName(), false);
        model.addAttribute("comment", comment);
        List<DeployedModel> deployed;
        try {
            deployed = changes.deploy(candidate.file(), user.getName(), comment);
        } catch (FieldErrorException e) {
            http.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fieldErrors", fieldErrors(e));
            return page(candidate, model);
        } catch (ModelRejectedException e) {
            http.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("refused", e.problems());
            return page(candidate, model);
        }
        candidates.remove(id);
        DeployedModel first = deployed.get(0);
        redirect.addFlashAttribute("notice", "Deployed " + candidate.fileName() + ": " + first.kind() + " "
                + first.key() + " version " + first.version()
                + (deployed.size() > 1 ? " and " + (deployed.size() - 1) + " more from the same file." : "."));
        return "redirect:" + paths.model(first.kind(), first.key());
    }

    private String page(Candidate candidate, Model model) {
        ModelFile file = candidate.file();
        model.addAttribute("candidate", candidate);
        model.addAttribute("report", deployments.validate(file));
        model.addAttribute("decisions", ModelKind.DECISION.equals(file.kind()) ? Simulations.decisionsOf(file)
                : List.of());
        model.addAttribute("periods", PERIODS);
        if (!model.containsAttribute("period")) {
            model.addAttribute("period", DEFAULT_PERIOD);
        }
        return "rules/candidate";
    }

    private static Map<String, String> fieldErrors(FieldErrorException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.errors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
        return errors;
    }

    private static boolean isAdmin(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
    }
}
