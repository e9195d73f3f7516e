package com.souk.support;

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

    /** The bundled file bpmn/NAME or forms/NAME as text. */
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

    private JsonNode read(String body) {
        try {
            return body == null || body.isBlank() ? json.nullNode() : json.readTree(body);
        } catch (IOException e) {
            return json.getNodeFactory().textNode(body);
        }
    }
}
