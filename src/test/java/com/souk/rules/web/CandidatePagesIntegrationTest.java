package com.souk.rules.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.souk.identity.Role;
import com.souk.rules.RuleChanges;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import com.souk.support.Uploads;
import com.souk.workflow.ModelFile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The analyst's pages for a new file: upload, validation result, simulation, deployment with a comment. */
@SoukIntegrationTest
class CandidatePagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RuleChanges changes;

    private RequestPostProcessor as(String username) {
        return user(fixtures.user(username));
    }

    private long upload(String user, String fileName, String content) throws Exception {
        String location = mvc.perform(multipart("/rules/candidates")
                        .file(new MockMultipartFile("file", fileName, "application/xml",
                                content.getBytes(StandardCharsets.UTF_8)))
                        .with(as(user)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/rules/candidates/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void anAnalystUploadsChecksSimulatesAndDeploysWithAComment() throws Exception {
        String original = Uploads.bundled("commission.dmn");
        long id = upload("nina", "commission.dmn", original.replace("<text>500</text>", "<text>700</text>"));
        try {
            mvc.perform(get("/rules/candidates/" + id).with(as("nina")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("commission.dmn")))
                    .andExpect(content().string(containsString("passes every check")))
                    .andExpect(content().string(containsString("id=\"simulation-form\"")))
                    .andExpect(content().string(containsString("id=\"deploy-form\"")));

            mvc.perform(post("/rules/candidates/" + id + "/simulation").param("period", "all")
                            .with(as("nina")).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"simulated-period\">all past cases")))
                    .andExpect(content().string(containsString("Money impact")))
                    .andExpect(content().string(containsString("Change in platform revenue")))
                    .andExpect(content().string(containsString("By category")));

            mvc.perform(post("/rules/candidates/" + id + "/deployment").param("comment", "  ")
                            .with(as("nina")).with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("id=\"comment-error\"")))
                    .andExpect(content().string(containsString("say in a few words why")));

            mvc.perform(post("/rules/candidates/" + id + "/deployment")
                            .param("comment", "Electronics margins allow 7%").with(as("nina")).with(csrf()))
                    .andExpect(redirectedUrl("/rules/decisions/commission"))
                    .andExpect(flash().attribute("notice", containsString("decision commission version")));
            mvc.perform(get("/rules/candidates/" + id).with(as("nina"))).andExpect(status().isNotFound());
        } finally {
            changes.deploy(ModelFile.of("commission.dmn", original), "nina", "back to the bundled commission table");
        }
    }

    @Test
    void aTableThatChangesNothingSaysSoAndAFileOfSeveralDecisionsShowsEach() throws Exception {
        long id = upload("nina", "dispute-windows.dmn", Uploads.bundled("dispute-windows.dmn"));
        mvc.perform(post("/rules/candidates/" + id + "/simulation").param("period", "30")
                        .with(as("nina")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No past case would change.")))
                .andExpect(content().string(containsString("id=\"result-seller-response-window\"")))
                .andExpect(content().string(containsString("id=\"result-agent-sla\"")))
                .andExpect(content().string(containsString("the last 30 days")));
    }

    @Test
    void aCandidateBelongsToItsAnalystAndAdminsOnlyReadIt() throws Exception {
        long id = upload("nina", "review-window.dmn", Uploads.bundled("review-window.dmn"));
        String other = fixtures.newUser(Role.ANALYST);
        mvc.perform(get("/rules/candidates/" + id).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(post("/rules/candidates/" + id + "/simulation").param("period", "30").with(as(other))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/rules/candidates").with(as(other)))
                .andExpect(content().string(not(containsString("/rules/candidates/" + id + "\""))));

        mvc.perform(get("/rules/candidates/" + id).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("review-window.dmn")))
                .andExpect(content().string(not(containsString("id=\"deploy-form\""))))
                .andExpect(content().string(not(containsString("id=\"simulation-form\""))));
        mvc.perform(post("/rules/candidates/" + id + "/deployment").param("comment", "admin tries")
                .with(as("admin")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/rules/candidates/" + id).with(as("alice"))).andExpect(status().isForbidden());
    }

    @Test
    void aFileThatFailsValidationListsItsProblemsAndOffersNeitherSimulationNorDeployment() throws Exception {
        long id = upload("nina", "notes.txt", "hello");
        mvc.perform(get("/rules/candidates/" + id).with(as("nina")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"problems\"")))
                .andExpect(content().string(containsString("is not a model file")))
                .andExpect(content().string(not(containsString("id=\"simulation-form\""))))
                .andExpect(content().string(not(containsString("id=\"deploy-form\""))));
    }

    @Test
    void anUploadWithoutAFileIsAFieldError() throws Exception {
        mvc.perform(multipart("/rules/candidates").with(as("nina")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"file-error\"")))
                .andExpect(content().string(containsString("attach a .bpmn, .dmn or .form file")));
    }
}
