package com.souk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls Souk's HTTP API as a given demo user, the way an outside client would. */
public class Api {

    public static final String PASSWORD = "demo";

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private ObjectMapper json;

    /** A status, the headers and the parsed body of one call. */
    public record Reply(int status, HttpHeaders headers, JsonNode body) {
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    public Reply get(String user, String path) {
        return call(user, HttpMethod.GET, path, null, Map.of());
    }

    public Reply post(String user, String path, Object body) {
        return call(user, HttpMethod.POST, path, body, Map.of());
    }

    public Reply post(String user, String path, Object body, Map<String, String> headers) {
        return call(user, HttpMethod.POST, path, body, headers);
    }

    public Reply patch(String user, String path, Object body) {
        return call(user, HttpMethod.PATCH, path, body, Map.of());
    }

    public Reply call(String user, HttpMethod method, String path, Object body, Map<String, String> extraHeaders) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        extraHeaders.forEach(headers::add);
        TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, PASSWORD);
        ResponseEntity<String> response = client.exchange(path, method,
                new HttpEntity<>(body == null ? null : write(body), headers), String.class);
        return new Reply(response.getStatusCode().value(), response.getHeaders(), read(response.getBody()));
    }

    private String write(Object body) {
        try {
            return body instanceof String s ? s : json.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private JsonNode read(String body) {
        try {
            return body == null || body.isBlank() ? json.nullNode() : json.readTree(body);
        } catch (Exception e) {
            return json.getNodeFactory().textNode(body);
        }
    }
}
