package com.souk.workflow.operaton.webapp;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP client: signs in through Souk's login form and keeps the session cookie. */
final class FormLoginClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    private FormLoginClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static FormLoginClient anonymous(int port) {
        return new FormLoginClient(port);
    }

    static FormLoginClient signedIn(int port, String user) {
        FormLoginClient client = new FormLoginClient(port);
        String page = client.get("/login").body();
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(client.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=demo&_csrf="
                        + encode(token.group(1)))));
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login of " + user + " failed: " + login.statusCode());
        }
        return client;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/json").GET());
    }

    HttpResponse<String> postJson(String path, String json, String xsrfToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (xsrfToken != null) {
            request.header("X-XSRF-TOKEN", xsrfToken);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
