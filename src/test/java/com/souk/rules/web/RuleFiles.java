package com.souk.rules.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.souk.support.Api;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Deploys rule files through the API as an analyst would, and reads back the versions the API lists. */
public final class RuleFiles {

    private RuleFiles() {
    }

    public static String bundled(String name) throws IOException {
        return Files.readString(Path.of(name.endsWith(".form") ? "forms" : "bpmn", name));
    }

    public static ResponseEntity<String> upload(TestRestTemplate rest, String user, String fileName, String content,
            String comment) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("comment", comment);
        form.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, Api.PASSWORD).postForEntity("/api/rules", new HttpEntity<>(form, headers),
                String.class);
    }

    /** Deploys as nina and answers the new version of the model with this key. */
    public static int deploy(TestRestTemplate rest, Api api, String key, String fileName, String content,
            String comment) {
        ResponseEntity<String> reply = upload(rest, "nina", fileName, content, comment);
        assertThat(reply.getStatusCode().value()).as(reply.getBody()).isEqualTo(201);
        return latest(api, key).get("version").asInt();
    }

    /** The newest version of the model as GET /api/rules/{key}/versions lists it. */
    public static JsonNode latest(Api api, String key) {
        return api.get("nina", "/api/rules/" + key + "/versions").body().get(0);
    }

    /** Puts the bundled file back as the latest version, so other tests see the bundled rules. */
    public static void restore(TestRestTemplate rest, String fileName) throws IOException {
        ResponseEntity<String> reply = upload(rest, "nina", fileName, bundled(fileName),
                "test: restore the bundled " + fileName);
        assertThat(reply.getStatusCode().value()).as(reply.getBody()).isEqualTo(201);
    }
}
