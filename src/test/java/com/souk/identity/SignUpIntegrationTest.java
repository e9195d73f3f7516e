package com.souk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.souk.support.Api;
import com.souk.support.SoukIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Sign-up on the API and the page: a buyer or seller makes an account, gets clear messages, and can sign in. */
@SoukIntegrationTest
class SignUpIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Test
    void aBuyerSignsUpOnTheApiAndThenBuysWithTheNewCredentials() {
        String name = fresh();
        Api.Reply made = api.post(null, "/api/accounts", application(name, "Lina " + name, "BUYER"));

        assertThat(made.status()).as(made.body().toString()).isEqualTo(201);
        assertThat(made.body().get("username").asText()).isEqualTo(name);
        assertThat(made.body().get("email").asText()).isEqualTo(name + "@example.org");
        assertThat(made.body().get("role").asText()).isEqualTo("BUYER");
        assertThat(made.body().has("password")).isFalse();
        assertThat(made.body().has("passwordHash")).isFalse();
        Account stored = users.findByUsername(name).orElseThrow();
        assertThat(stored.principal().passwordHash()).startsWith("{bcrypt}").doesNotContain("long enough secret");

        Api.Reply orders = api.call(null, HttpMethod.GET, "/api/orders?role=buyer", null,
                Map.of("Authorization", basic(name, "long enough secret")));
        assertThat(orders.status()).isEqualTo(200);
        Api.Reply wrong = api.call(null, HttpMethod.GET, "/api/orders?role=buyer", null,
                Map.of("Authorization", basic(name, "not the password")));
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void everyProblemIsNamedByItsField() {
        Api.Reply refused = api.post(null, "/api/accounts",
                Map.of("username", "A", "password", "short", "displayName", " ", "email", "not-an-address",
                        "role", "ADMIN"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(messages(refused.body())).containsEntry("username",
                        "3 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit")
                .containsEntry("password", "at least 8 characters")
                .containsEntry("displayName", "tell us the name others should see")
                .containsEntry("email", "this is not an e-mail address")
                .containsEntry("role", "choose buyer or seller");
    }

    @Test
    void aTakenUserNameOrEmailIsRefusedWithoutTellingMore() {
        String name = fresh();
        assertThat(api.post(null, "/api/accounts", application(name, "First", "SELLER")).status()).isEqualTo(201);

        Map<String, Object> again = new HashMap<>(application(name.toUpperCase(), "Second", "BUYER"));
        Api.Reply refused = api.post(null, "/api/accounts", again);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(messages(refused.body())).containsEntry("username", "this user name is taken")
                .containsEntry("email", "an account with this e-mail address exists already");
        assertThat(messages(api.post(null, "/api/accounts", application("alice", "Alice again", "BUYER")).body()))
                .containsEntry("username", "this user name is taken");
    }

    @Test
    void thePasswordMayNotContainTheUserName() {
        String name = fresh();
        Map<String, Object> body = new HashMap<>(application(name, "Pat", "BUYER"));
        body.put("password", "my " + name + " password");

        assertThat(messages(api.post(null, "/api/accounts", body).body()))
                .containsEntry("password", "must not contain your user name");
    }

    @Test
    void theSignUpPageMakesTheAccountAndSignsTheSellerInAtOnce() throws Exception {
        mvc.perform(get("/signup")).andExpect(status().isOk());
        String name = fresh();
        MvcResult done = mvc.perform(post("/signup").with(csrf()).param("username", name)
                        .param("password", "long enough secret").param("displayName", "Shop " + name)
                        .param("email", name + "@example.org").param("role", "SELLER"))
                .andExpect(status().is3xxRedirection()).andReturn();

        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/seller/listings");
        MockHttpSession session = (MockHttpSession) done.getRequest().getSession(false);
        SecurityContext context = (SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(((SoukUser) context.getAuthentication().getPrincipal()).username()).isEqualTo(name);
        assertThat(context.getAuthentication().getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_SELLER");
        mvc.perform(get("/seller/listings").session(session)).andExpect(status().isOk());
    }

    @Test
    void thePageShowsEachProblemAndKeepsWhatWasTypedButThePassword() throws Exception {
        String body = mvc.perform(post("/signup").with(csrf()).param("username", "alice")
                        .param("password", "short").param("displayName", "Another Alice")
                        .param("email", "alice@example").param("role", "BUYER"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(body).contains("Please correct the fields marked below.").contains("this user name is taken")
                .contains("at least 8 characters").contains("this is not an e-mail address")
                .contains("value=\"Another Alice\"").doesNotContain("value=\"short\"");
    }

    private static Map<String, Object> application(String username, String displayName, String role) {
        return Map.of("username", username, "password", "long enough secret", "displayName", displayName,
                "email", username.toLowerCase() + "@example.org", "role", role);
    }

    private static Map<String, String> messages(JsonNode problem) {
        Map<String, String> byField = new HashMap<>();
        StreamSupport.stream(problem.get("errors").spliterator(), false)
                .forEach(e -> byField.put(e.get("field").asText(), e.get("message").asText()));
        return byField;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String fresh() {
        return "new-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
