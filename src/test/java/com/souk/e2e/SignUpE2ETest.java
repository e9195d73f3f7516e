package com.souk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.support.SoukIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A newcomer in a real browser: finds sign-up from the log-in page, trips over the rules once, gets in, and renames
 * themselves on the profile page.
 */
@SoukIntegrationTest
class SignUpE2ETest {

    @LocalServerPort
    int port;

    @Test
    void aNewBuyerSignsUpAndIsSignedInOnTheShop() {
        String name = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            browser.navigate("#signup-link");
            assertThat(browser.text()).contains("Create an account").contains("I want to");
            browser.screenshot("signup");

            browser.find("#displayName").sendKeys("Noor " + name);
            browser.find("#username").sendKeys("alice");
            browser.find("#email").sendKeys(name + "@example");
            browser.find("#password").sendKeys("short");
            browser.navigate("#signup-submit");
            assertThat(browser.text()).contains("Please correct the fields marked below.")
                    .contains("this user name is taken").contains("this is not an e-mail address")
                    .contains("at least 8 characters");
            assertThat(browser.find("#displayName").getAttribute("value")).isEqualTo("Noor " + name);
            assertThat(browser.find("#password").getAttribute("value")).isEmpty();
            browser.screenshot("signup-problems");

            browser.find("#username").clear();
            browser.find("#username").sendKeys(name);
            browser.find("#email").clear();
            browser.find("#email").sendKeys(name + "@example.org");
            browser.find("#password").sendKeys("a long enough secret");
            browser.navigate("#signup-submit");

            assertThat(browser.text()).contains("Welcome, Noor " + name + ". Your account is ready.")
                    .contains("Noor " + name).contains("Log out");
            browser.screenshot("signup-welcome");

            browser.navigate("#nav-profile");
            assertThat(browser.text()).contains("Your profile").contains("Signed in as " + name);
            browser.find("#displayName").clear();
            browser.find("#displayName").sendKeys("Noor's Finds");
            browser.navigate("#profile-save");
            assertThat(browser.text()).contains("Your profile is saved.");
            assertThat(browser.find("#nav-profile").getText()).isEqualTo("Noor's Finds");
            browser.screenshot("profile");
        }
    }
}
