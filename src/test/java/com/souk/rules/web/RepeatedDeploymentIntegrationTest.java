package com.souk.rules.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.souk.support.Api;
import com.souk.support.SoukIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** An analyst's upload is always a new version, also of a file deployed before exactly as it is. */
@SoukIntegrationTest
class RepeatedDeploymentIntegrationTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ObjectMapper json;

    @Test
    void uploadingTheSameFileTwiceMakesTwoVersions() throws Exception {
        String file = Files.readString(Path.of("bpmn", "review-window.dmn"));
        int first = deployedVersion(file);
        assertThat(deployedVersion(file)).isEqualTo(first + 1);
    }

    private int deployedVersion(String content) throws Exception {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("comment", "the same table again");
        form.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "review-window.dmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> reply = rest.withBasicAuth("nina", Api.PASSWORD).postForEntity("/api/rules",
                new HttpEntity<>(form, headers), String.class);
        assertThat(reply.getStatusCode().value()).as(reply.getBody()).isEqualTo(201);
        JsonNode deployed = json.readTree(reply.getBody());
        assertThat(deployed).hasSize(1);
        assertThat(deployed.get(0).get("key").asText()).isEqualTo("review-window");
        return deployed.get(0).get("version").asInt();
    }
}
