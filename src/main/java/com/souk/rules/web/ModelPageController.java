package com.souk.rules.web;

import com.souk.common.PageOf;
import com.souk.common.web.PageNumbers;
import com.souk.rules.tables.BpmnElements;
import com.souk.rules.tables.DecisionFile;
import com.souk.rules.tables.DmnTables;
import com.souk.rules.tables.FormFields;
import com.souk.rules.tables.ProcessElement;
import com.souk.rules.tables.ProcessModel;
import com.souk.rules.tables.UnreadableModelException;
import com.souk.workflow.ModelFile;
import com.souk.workflow.ModelKind;
import com.souk.workflow.ModelVersion;
import com.souk.workflow.RunningProcesses;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A model's page: every version with who, when and why, and what the shown version says — its decision table, its
 * diagram with the orders waiting at each element, or its form fields — and the download of the file as uploaded.
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
class ModelPageController {

    static final int VERSIONS_PER_PAGE = 20;

    static final String MODEL_PATH = "/rules/{segment:processes|decisions|forms}/{key}";

    private final ModelPages pages;
    private final RunningProcesses running;

    ModelPageController(ModelPages pages, RunningProcesses running) {
        this.pages = pages;
        this.running = running;
    }

    /** An element of the shown process version with orders waiting at it. */
    record Waiting(String elementId, String title, String type, long orders) {
    }

    @GetMapping(MODEL_PATH)
    String page(@PathVariable String segment, @PathVariable String key,
            @RequestParam(required = false) Integer version, @RequestParam(required = false) String page,
            Model model) {
        String kind = RulePaths.kind(segment);
        List<ModelVersion> versions = pages.versions(kind, key);
        ModelVersion shown = ModelPages.version(versions, version);
        boolean process = ModelKind.PROCESS.equals(kind);
        Map<Integer, Long> byVersion = process ? running.byVersion(key) : Map.of();
        model.addAttribute("kind", kind);
        model.addAttribute("key", key);
        model.addAttribute("name", versions.get(0).name() == null ? key : versions.get(0).name());
        model.addAttribute("shown", shown);
        model.addAttribute("shownBy", ModelPages.deployedBy(shown));
        model.addAttribute("latest", versions.get(0));
        int pageNumber = Math.min(PageNumbers.parse(page), (versions.size() - 1) / VERSIONS_PER_PAGE);
        List<VersionRow> rows = versions.stream().skip((long) pageNumber * VERSIONS_PER_PAGE).limit(VERSIONS_PER_PAGE)
                .map(v -> VersionRow.of(v, process ? byVersion.getOrDefault(v.version(), 0L) : null, versions.get(0)))
                .toList();
        model.addAttribute("rows", new PageOf<>(rows, pageNumber, VERSIONS_PER_PAGE, versions.size()));
        Optional<ModelFile> file = pages.kept(shown);
        model.addAttribute("file", file.orElse(null));
        file.ifPresent(f -> describe(kind, key, shown, f, model));
        return "rules/model";
    }

    private void describe(String kind, String key, ModelVersion shown, ModelFile file, Model model) {
        try {
            switch (kind) {
                case ModelKind.DECISION -> {
                    DecisionFile decisions = DmnTables.read(file.text());
                    model.addAttribute("decision", decisions.decision(key).orElse(null));
                    model.addAttribute("sharing", decisions.othersThan(key));
                }
                case ModelKind.PROCESS -> {
                    ProcessModel elements = BpmnElements.read(file.text());
                    model.addAttribute("waiting", running.waitingAt(key, shown.version()).entrySet().stream()
                            .filter(e -> e.getValue() > 0)
                            .map(e -> new Waiting(e.getKey(), elements.title(e.getKey()), elements.element(e.getKey())
                                    .map(ProcessElement::typeLabel).orElse(""), e.getValue()))
                            .sorted(Comparator.comparingLong(Waiting::orders).reversed()
                                    .thenComparing(Waiting::title))
                            .toList());
                }
                default -> model.addAttribute("fields", FormFields.read(file.text()));
            }
        } catch (UnreadableModelException e) {
            model.addAttribute("unreadable", "Souk cannot show this file: " + e.getMessage());
        }
    }

    @GetMapping(MODEL_PATH + "/versions/{version}/file")
    ResponseEntity<byte[]> file(@PathVariable String segment, @PathVariable String key, @PathVariable int version) {
        ModelVersion shown = ModelPages.version(pages.versions(RulePaths.kind(segment), key), version);
        ModelFile file = pages.file(shown);
        return ResponseEntity.ok()
                .contentType(contentType(file))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.name()))
                .body(file.content());
    }

    /** A plain quoted file name where it is ASCII (as the modeler names files), RFC 5987 otherwise. */
    static String attachment(String name) {
        ContentDisposition.Builder attachment = ContentDisposition.attachment();
        return (name.matches("[\\x20-\\x7E]*") ? attachment.filename(name)
                : attachment.filename(name, StandardCharsets.UTF_8)).build().toString();
    }

    /** XML for BPMN and DMN, JSON for forms, UTF-8 as the modeler saves them. */
    static MediaType contentType(ModelFile file) {
        MediaType type = ModelKind.FORM.equals(file.kind()) ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_XML;
        return new MediaType(type, StandardCharsets.UTF_8);
    }
}
