package com.souk.rules.web;

import com.souk.workflow.ModelVersion;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** What changed between two versions of a model; by default from the version before the latest to the latest. */
@Controller
@PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
class ModelDiffController {

    private final ModelPages pages;

    ModelDiffController(ModelPages pages) {
        this.pages = pages;
    }

    @GetMapping(ModelPageController.MODEL_PATH + "/diff")
    String diff(@PathVariable String segment, @PathVariable String key, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, Model model) {
        String kind = RulePaths.kind(segment);
        List<ModelVersion> versions = pages.versions(kind, key);
        ModelVersion later = ModelPages.version(versions, to);
        ModelVersion earlier = ModelPages.version(versions, from != null ? from
                : versions.stream().filter(v -> v.version() < later.version()).findFirst()
                        .map(ModelVersion::version).orElse(later.version()));
        model.addAttribute("kind", kind);
        model.addAttribute("key", key);
        model.addAttribute("name", versions.get(0).name() == null ? key : versions.get(0).name());
        model.addAttribute("earlier", earlier);
        model.addAttribute("later", later);
        model.addAttribute("comparison", Comparison.of(kind, key, earlier.version(), pages.file(earlier),
                later.version(), pages.file(later)));
        return "rules/diff";
    }
}
