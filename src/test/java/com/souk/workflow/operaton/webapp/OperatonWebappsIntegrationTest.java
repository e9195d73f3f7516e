package com.souk.workflow.operaton.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.souk.protection.DisputeScenario;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.support.SoukIntegrationTest;
import java.net.http.HttpResponse;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Operaton's Cockpit and Tasklist behind Souk's login: who gets in, what the engine lets them do, and CSRF. */
@SoukIntegrationTest
class OperatonWebappsIntegrationTest {

    private static final String COCKPIT = "/operaton/app/cockpit/default/";
    private static final String TASKLIST = "/operaton/app/tasklist/default/";
    private static final String WHO_AM_I = "/operaton/api/admin/auth/user/default";
    private static final String ENGINE = "/operaton/api/engine/engine/default";

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    DisputeScenario scenario;

    @Test
    void servesCockpitToTheAdministratorSignedInThroughSouk() throws Exception {
        FormLoginClient admin = FormLoginClient.signedIn(port, "admin");

        HttpResponse<String> cockpit = admin.get(COCKPIT);
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.body()).contains("<base href=\"/operaton/app/cockpit/default/\"");
        assertThat(admin.get("/operaton/app/cockpit/scripts/config.js").statusCode()).as("the webapp's own assets")
                .isEqualTo(200);

        JsonNode me = json.readTree(admin.get(WHO_AM_I).body());
        assertThat(me.get("userId").asText()).isEqualTo("admin");
        assertThat(me.get("authorizedApps")).extracting(JsonNode::asText).contains("cockpit", "tasklist", "admin");
        HttpResponse<String> definitions = admin.get(ENGINE + "/process-definition?key=purchase");
        assertThat(definitions.statusCode()).isEqualTo(200);
        assertThat(json.readTree(definitions.body())).as("the engine API answers the admin").isNotEmpty();
    }

    @Test
    void givesAgentsTasklistButNotCockpit() throws Exception {
        FormLoginClient ada = FormLoginClient.signedIn(port, "ada");

        HttpResponse<String> tl = ada.get(TASKLIST);
        assertThat(tl.statusCode()).as(tl.headers().map() + tl.body()).isEqualTo(200);
        assertThat(ada.get(COCKPIT).statusCode()).isEqualTo(403);
        assertThat(ada.get("/operaton/app/admin/default/").statusCode()).isEqualTo(403);
        JsonNode me = json.readTree(ada.get(WHO_AM_I).body());
        assertThat(me.get("authorizedApps")).extracting(JsonNode::asText).contains("tasklist")
                .doesNotContain("cockpit", "admin");
    }

    @Test
    void keepsBuyersSellersAndStrangersOut() {
        assertThat(FormLoginClient.signedIn(port, "alice").get(TASKLIST).statusCode()).isEqualTo(403);
        assertThat(FormLoginClient.signedIn(port, "sam").get(ENGINE + "/task").statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = FormLoginClient.anonymous(port).get(COCKPIT);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void letsAgentsReadDisputeTasksInTasklistButNotWorkOnThemOrSeeTheRestOfTheEngine() throws Exception {
        Shipped order = scenario.shippedOrderOfANewSeller("home", 10_000);
        long dispute = scenario.openDispute(order, "NOT_AS_DESCRIBED", 10_000);
        scenario.respond(order, dispute, "CONTEST", null);
        String task = scenario.awaitTask(dispute);
        FormLoginClient ada = FormLoginClient.signedIn(port, "ada");

        HttpResponse<String> tasks = ada.get(ENGINE + "/task?candidateGroup=dispute-agents");
        assertThat(tasks.statusCode()).isEqualTo(200);
        String token = tasks.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        assertThat(ids(json.readTree(tasks.body()))).contains(task);
        assertThat(json.readTree(ada.get(ENGINE + "/process-instance").body())).as("no process instances for agents")
                .isEmpty();

        HttpResponse<String> claim = ada.postJson(ENGINE + "/task/" + task + "/claim", "{\"userId\":\"ada\"}", token);
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(403);
        assertThat(claim.body()).contains("AuthorizationException");
        assertThat(scenario.task(dispute).path("assignee").asText("")).as("the task is still unclaimed").isEmpty();
    }

    @Test
    void refusesWebappApiWritesWithoutTheWebappsCsrfToken() throws Exception {
        FormLoginClient admin = FormLoginClient.signedIn(port, "admin");
        HttpResponse<String> first = admin.get(ENGINE + "/process-definition/count");
        String token = first.headers().firstValue("X-XSRF-TOKEN").orElseThrow();

        HttpResponse<String> withToken = admin.postJson(ENGINE + "/process-instance/count", "{}", token);
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(json.readTree(withToken.body()).get("count").asLong()).isNotNegative();

        HttpResponse<String> withoutToken = admin.postJson(ENGINE + "/process-instance/count", "{}", null);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.headers().firstValue("X-XSRF-TOKEN").orElse("")).isEqualTo("Required");
    }

    private static java.util.List<String> ids(JsonNode tasks) {
        return StreamSupport.stream(tasks.spliterator(), false).map(t -> t.get("id").asText()).toList();
    }
}
