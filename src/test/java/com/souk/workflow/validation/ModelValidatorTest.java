package com.souk.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.workflow.ModelFile;
import com.souk.workflow.ModelProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an upload meets what is deployed, and how problems are collected. */
class ModelValidatorTest {

    @Test
    void anUploadReplacesTheDeployedFileDefiningTheSameDecisionUnderAnotherName() {
        List<ModelFile> deployed = new ArrayList<>(Bundled.files());
        deployed.removeIf(f -> f.name().equals("commission.dmn"));
        deployed.add(ModelFile.of("commission-old.dmn", Bundled.text("commission.dmn")));
        String renamed = Bundled.with("commission.dmn", "<text>category</text>", "<text>categry</text>");
        List<ModelProblem> problems = Bundled.VALIDATOR.validate(ModelFile.of("commission.dmn", renamed), deployed);
        assertThat(problems).extracting(ModelProblem::element).containsExactly("Input_CommissionCategory");
    }

    @Test
    void collectsEveryProblemInAStableOrder() {
        String broken = Bundled.with("purchase.bpmn", "type=\"hold-payment\"", "type=\"send-sms\"")
                .replace("decisionId=\"commission\"", "decisionId=\"commision\"");
        List<ModelProblem> first = Bundled.upload("purchase.bpmn", broken);
        assertThat(first).extracting(ModelProblem::element).containsExactly("Task_HoldPayment",
                "Task_DetermineCommission");
        assertThat(Bundled.upload("purchase.bpmn", broken)).isEqualTo(first);
    }

    @Test
    void runsNoLaterCheckOnAFileThatDoesNotParse() {
        String broken = Bundled.with("purchase.bpmn", "type=\"hold-payment\"", "type=\"send-sms\"");
        assertThat(Bundled.upload("purchase.bpmn", broken.substring(0, broken.indexOf("Task_HoldPayment"))))
                .singleElement().satisfies(p -> assertThat(p.element()).startsWith("line "));
    }

    @Test
    void validateAllChecksEachFileAgainstTheOthers() {
        List<ModelFile> files = new ArrayList<>(Bundled.files());
        files.removeIf(f -> f.name().equals("dispute-review.form"));
        assertThat(Bundled.VALIDATOR.validateAll(files)).extracting(ModelProblem::file, ModelProblem::element)
                .contains(org.assertj.core.groups.Tuple.tuple("purchase.bpmn", "Task_ReviewDispute"));
    }
}
