package com.souk.rules.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.souk.support.Api;
import com.souk.support.SoukIntegrationTest;
import com.souk.support.Uploads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An analyst's upload is always a new version, also of a file deployed before exactly as it is. */
@SoukIntegrationTest
class RepeatedDeploymentIntegrationTest {

    @Autowired
    Uploads uploads;

    @Test
    void uploadingTheSameFileTwiceMakesTwoVersions() {
        String file = Uploads.bundled("review-window.dmn");
        int first = deployedVersion(file);
        assertThat(deployedVersion(file)).isEqualTo(first + 1);
    }

    private int deployedVersion(String content) {
        Api.Reply reply = uploads.deploy("nina", "review-window.dmn", content, "the same table again");
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        JsonNode deployed = reply.body();
        assertThat(deployed).hasSize(1);
        assertThat(deployed.get(0).get("key").asText()).isEqualTo("review-window");
        return deployed.get(0).get("version").asInt();
    }
}
