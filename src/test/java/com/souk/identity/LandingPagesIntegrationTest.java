package com.souk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.souk.support.SoukIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** After the log-in form each role lands where it works, unless a page sent them to log in. */
@SoukIntegrationTest
class LandingPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void agentsLandOnTheDisputeDeskAnalystsOnTheRulesAndBuyersOnTheShop() throws Exception {
        assertThat(landingOf("ada", new MockHttpSession())).isEqualTo("/agent/tasks");
        assertThat(landingOf("nina", new MockHttpSession())).isEqualTo("/rules");
        assertThat(landingOf("alice", new MockHttpSession())).isEqualTo("/");
        assertThat(landingOf("sam", new MockHttpSession())).isEqualTo("/");
    }

    @Test
    void aPageThatAskedForTheLogInComesFirst() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/agent/disputes/auto-refunded").session(session));

        assertThat(landingOf("ada", session)).contains("/agent/disputes/auto-refunded");
    }

    private String landingOf(String user, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login").param("username", user).param("password", "demo").with(csrf())
                .session(session)).andReturn().getResponse().getRedirectedUrl();
    }
}
