package com.souk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.souk.support.Api;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The profile page: a new name and e-mail address, a new password that replaces the old one at once. */
@SoukIntegrationTest
class ProfileIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Users users;

    @Autowired
    Api api;

    @Test
    void aUserRenamesThemselvesAndTheNavigationSaysSoAtOnce() throws Exception {
        String name = fixtures.newUser(Role.SELLER);
        MvcResult saved = mvc.perform(post("/profile").with(fixtures.signedIn(name)).with(csrf())
                .param("displayName", "  Kasbah Crafts ").param("email", "Shop-" + name + "@Example.org")).andReturn();

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/profile");
        Account account = users.findByUsername(name).orElseThrow();
        assertThat(account.principal().displayName()).isEqualTo("Kasbah Crafts");
        assertThat(account.email()).isEqualTo("shop-" + name + "@example.org");
        String page = mvc.perform(get("/profile").with(fixtures.signedIn(name))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("value=\"Kasbah Crafts\"").contains("Signed in as <strong>" + name + "</strong>");
    }

    @Test
    void anotherAccountsEmailOrAnEmptyNameIsRefusedWithTheFieldsMessage() throws Exception {
        String first = fixtures.newUser(Role.BUYER);
        mvc.perform(post("/profile").with(fixtures.signedIn(first)).with(csrf()).param("displayName", "First")
                .param("email", first + "@example.org"));
        String second = fixtures.newUser(Role.BUYER);

        String page = mvc.perform(post("/profile").with(fixtures.signedIn(second)).with(csrf())
                        .param("displayName", " ").param("email", first + "@example.org"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Please correct the fields marked below.")
                .contains("tell us the name others should see")
                .contains("an account with this e-mail address exists already");
        assertThat(users.findByUsername(second).orElseThrow().email()).isNull();
    }

    @Test
    void aNewPasswordReplacesTheOldOneAtOnceAlsoOnTheApi() throws Exception {
        String name = fixtures.newUser(Role.BUYER);
        assertThat(ordersAs(name, Api.PASSWORD)).as("the old password, checked and remembered").isEqualTo(200);

        String refused = mvc.perform(post("/profile/password").with(fixtures.signedIn(name)).with(csrf())
                        .param("currentPassword", "wrong").param("newPassword", "x"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("this is not your current password").contains("at least 8 characters");

        MvcResult changed = mvc.perform(post("/profile/password").with(fixtures.signedIn(name)).with(csrf())
                .param("currentPassword", Api.PASSWORD).param("newPassword", "a fresh passphrase")).andReturn();
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/profile");

        assertThat(ordersAs(name, Api.PASSWORD)).as("the old password, forgotten").isEqualTo(401);
        assertThat(ordersAs(name, "a fresh passphrase")).isEqualTo(200);
    }

    private int ordersAs(String user, String password) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return api.call(null, HttpMethod.GET, "/api/orders?role=buyer", null, Map.of("Authorization", basic)).status();
    }
}
