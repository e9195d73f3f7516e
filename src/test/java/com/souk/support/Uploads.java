package com.souk.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Multipart uploads of model files to the rules API as a demo user, and the bundled files to start from. */
public class Uploads {

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private ObjectMapper json;

    @Autowired
    private Api api;

    /** The bundled file bpmn/NAME or forms/NAME as text; static so that tests without Spring can read them too. */
    public static String bundled(String name) {
        try {
            Path path = name.endsWith(".form") ? Path.of("forms", name) : Path.of("bpmn", name);
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Posts a file (part "file") and further form fields. */
    public Api.Reply post(String user, String path, String fileName, String content, Map<String, String> fields) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        form.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> reply = rest.withBasicAuth(user, Api.PASSWORD)
                .postForEntity(path, new HttpEntity<>(form, headers), String.class);
        return new Api.Reply(reply.getStatusCode().value(), reply.getHeaders(), read(reply.getBody()));
    }

    /** Deploys a file through POST /api/rules with a comment. */
    public Api.Reply deploy(String user, String fileName, String content, String comment) {
        return post(user, "/api/rules", fileName, content, Map.of("comment", comment));
    }

    /** Deploys as nina, insists it worked, and answers the new version of the model with this key. */
    public int deployed(String key, String fileName, String content, String comment) {
        Api.Reply reply = deploy("nina", fileName, content, comment);
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(201);
        return latest(key).get("version").asInt();
    }

    /** The newest version of the model as GET /api/rules/{key}/versions lists it. */
    public JsonNode latest(String key) {
        return api.get("nina", "/api/rules/" + key + "/versions").body().get(0);
    }

    /** Puts the bundled file back as the latest version, so other tests see the bundled rules. */
    public void restore(String fileName) {
        Api.Reply reply = deploy("nina", fileName, bundled(fileName), "test: restore the bundled " + fileName);
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(201);
    }

    private JsonNode read(String body) {
        try {
            return body == null || body.isBlank() ? json.nullNode() : json.readTree(body);
        } catch (IOException e) {
            return json.getNodeFactory().textNode(body);
        }
    }
}
