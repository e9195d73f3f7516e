package com.souk.rules.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.souk.common.FieldErrorException;
import com.souk.rules.RuleChanges;
import com.souk.support.Uploads;
import com.souk.workflow.ModelDeployments;
import com.souk.workflow.ModelFile;
import com.souk.workflow.ModelProblem;
import com.souk.workflow.ModelRejectedException;
import com.souk.workflow.ModelVersion;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** A rollback the rules refuse goes back to the confirmation page with the problems, and nothing else happens. */
class RollbackControllerTest {

    private final ModelDeployments deployments = mock(ModelDeployments.class);
    private final RuleChanges changes = mock(RuleChanges.class);
    private final RollbackController controller = new RollbackController(new ModelPages(deployments), changes,
            new RulePaths());
    private final UserDetails nina = User.withUsername("nina").password("x").roles("ANALYST").build();
    private final ExtendedModelMap model = new ExtendedModelMap();
    private final MockHttpServletResponse http = new MockHttpServletResponse();
    private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

    private static ModelVersion version(int n) {
        return new ModelVersion("decision", "commission", "Commission rate", "commission.dmn", n, Instant.now(),
                "nina", "v" + n, ModelVersion.DEPLOYED, null, true);
    }

    @BeforeEach
    void twoVersions() {
        when(deployments.versions("commission")).thenReturn(List.of(version(2), version(1)));
        String text = Uploads.bundled("commission.dmn");
        when(deployments.file("commission", 1)).thenReturn(Optional.of(ModelFile.of("commission.dmn", text)));
        when(deployments.file("commission", 2)).thenReturn(Optional.of(ModelFile.of("commission.dmn",
                text.replace("<text>500</text>", "<text>450</text>"))));
    }

    @Test
    void refusedRollbackShowsTheProblemsOnTheConfirmationPage() {
        ModelProblem problem = new ModelProblem("purchase.bpmn", "Task_DetermineCommission",
                "decision commission has no output commissionBps any more");
        when(changes.rollBack(anyString(), anyInt(), anyString(), any()))
                .thenThrow(new ModelRejectedException(List.of(problem)));

        String view = controller.rollBack("decisions", "commission", 1, "back to 5%", nina, model, http, redirect);

        assertThat(view).isEqualTo("rules/rollback");
        assertThat(http.getStatus()).isEqualTo(422);
        assertThat(model.get("problems")).isEqualTo(List.of(problem));
        assertThat((String) model.get("problem")).contains("Souk refused the rollback", "Nothing was deployed");
        assertThat(model.get("comment")).isEqualTo("back to 5%");
        assertThat(model.get("ready")).isEqualTo(true);
        assertThat(((Comparison) model.get("comparison")).decisions().changed()).hasSize(1);
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void aCommentTooLongIsMarkedOnTheField() {
        when(changes.rollBack(anyString(), anyInt(), anyString(), any()))
                .thenThrow(new FieldErrorException("comment", "must be at most 1000 characters"));

        String view = controller.rollBack("decisions", "commission", 1, "x".repeat(1001), nina, model, http, redirect);

        assertThat(view).isEqualTo("rules/rollback");
        assertThat(http.getStatus()).isEqualTo(400);
        assertThat(model.get("commentError")).isEqualTo("must be at most 1000 characters");
    }

    @Test
    void aDoneRollbackGoesToTheModelPageWithANotice() {
        when(changes.rollBack("commission", 1, "nina", null)).thenReturn(List.of(new com.souk.workflow.DeployedModel(
                "decision", "commission", "Commission rate", "commission.dmn", 3, "d3", Instant.now())));

        String view = controller.rollBack("decisions", "commission", 1, null, nina, model, http, redirect);

        assertThat(view).isEqualTo("redirect:/rules/decisions/commission");
        assertThat(redirect.getFlashAttributes().get("notice"))
                .isEqualTo("Rolled back: version 1 of commission is now version 3. New orders use it.");
    }
}
