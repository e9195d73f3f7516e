package com.souk.workflow.web;

import com.souk.common.FieldErrorException;
import com.souk.workflow.DeployedModel;
import com.souk.workflow.Rules;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Analysts list the deployed models and deploy new versions of BPMN, DMN and forms. */
@RestController
class RulesController {

    static final long MAX_BYTES = 2 * 1024 * 1024;

    private final Rules rules;

    RulesController(Rules rules) {
        this.rules = rules;
    }

    @GetMapping("/api/rules")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    List<DeployedModel> deployed() {
        return rules.deployed();
    }

    @PostMapping(path = "/api/rules", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ANALYST')")
    ResponseEntity<List<DeployedModel>> deploy(@RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new FieldErrorException("file", "attach a .bpmn, .dmn or .form file");
        }
        if (file.getSize() > MAX_BYTES) {
            throw new FieldErrorException("file", "must be at most 2 MB");
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().replaceAll(".*[/\\\\]", "");
        List<DeployedModel> deployed = rules.deploy(name, file.getBytes());
        return ResponseEntity.created(URI.create("/api/rules")).body(deployed);
    }
}
