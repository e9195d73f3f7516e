package com.souk.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.ordering.PurchaseContract;
import com.souk.workflow.ModelFile;
import com.souk.workflow.ModelProblem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule 10: what decisions, conditions, timers and correlation keys read is definitely set at that point. */
class VariableFlowTest {

    @Test
    void refusesADecisionCalledBeforeItsInputsAreSet() {
        String broken = Bundled.with("purchase.bpmn", "decisionId=\"ship-by-period\"", "decisionId=\"dispute-triage\"");
        List<ModelProblem> problems = Bundled.upload("purchase.bpmn", broken);
        assertThat(problems).extracting(ModelProblem::element).containsOnly("Task_DetermineShipByPeriod");
        assertThat(problems).first().satisfies(p -> assertThat(p.message())
                .contains("'Determine ship-by period'").contains("decision \"dispute-triage\"")
                .contains("reads 'reason'").contains("Input_TriageReason in dispute-triage.dmn")
                .contains("It has: amountMinor, buyerId, category, currency, orderId, sellerId."));
    }

    @Test
    void refusesAConditionOnAVariableSoukOnlySometimesSends() {
        String broken = Bundled.with("purchase.bpmn", "=sellerDecision = \"ACCEPT_REFUND\"", "=refundMinor > 0");
        assertThat(Bundled.upload("purchase.bpmn", broken)).singleElement().satisfies(p -> {
            assertThat(p.element()).isEqualTo("Flow_SellersDecision_AcceptRefund");
            assertThat(p.message()).contains("=refundMinor > 0").contains("reads 'refundMinor'")
                    .contains("does not always have").contains("sellerDecision");
        });
    }

    @Test
    void countsAConditionalFormFieldAsNotDefinite() {
        String broken = Bundled.with("purchase.bpmn", "=agentOutcome = \"REFUND_FULL\"", "=refundMinor > 0");
        assertThat(Bundled.upload("purchase.bpmn", broken)).singleElement().satisfies(p -> {
            assertThat(p.element()).isEqualTo("Flow_AgentsDecision_RefundFull");
            assertThat(p.message()).contains("'refundMinor'").contains("agentOutcome").contains("note");
        });
    }

    @Test
    void startsABoundaryEventWithWhatItsActivityStartedWith() {
        String broken = Bundled.with("purchase.bpmn", ">=shipBy</bpmn:timeDuration>",
                ">=autoConfirmAt</bpmn:timeDuration>");
        assertThat(Bundled.upload("purchase.bpmn", broken)).singleElement().satisfies(p -> {
            assertThat(p.element()).isEqualTo("Event_ShipByDeadlinePassed");
            assertThat(p.message()).contains("timer timeDuration \"=autoConfirmAt\"").contains("'autoConfirmAt'");
        });
    }

    @Test
    void refusesACorrelationKeyOnAVariableTheProcessDoesNotHave() {
        String broken = Bundled.with("purchase.bpmn", "<bpmn:message id=\"Message_OrderShipped\" name=\"OrderShipped\">\n"
                + "    <bpmn:extensionElements>\n      <zeebe:subscription correlationKey=\"=orderId\" />",
                "<bpmn:message id=\"Message_OrderShipped\" name=\"OrderShipped\">\n"
                        + "    <bpmn:extensionElements>\n      <zeebe:subscription correlationKey=\"=shipmentId\" />");
        assertThat(Bundled.upload("purchase.bpmn", broken)).extracting(ModelProblem::element)
                .containsExactly("Task_WaitForShipment");
    }

    @Test
    void aLoopKeepsOnlyWhatEveryWayIntoItSets() {
        // Were autoConfirmAt set only by the extension message, the first wait for confirmation would lack it.
        PurchaseContract real = new PurchaseContract();
        Map<String, com.souk.workflow.ProcessContract.Variables> messages = new HashMap<>(real.byMessage());
        messages.put("OrderShipped", com.souk.workflow.ProcessContract.Variables.of());
        ModelValidator validator = new ModelValidator(Bundled.jobTypes(), List.of(new com.souk.workflow.ProcessContract() {
            public String processId() {
                return real.processId();
            }

            public Variables atStart() {
                return real.atStart();
            }

            public Map<String, Variables> byMessage() {
                return messages;
            }
        }));
        List<ModelProblem> problems = validator.validate(ModelFile.of("purchase.bpmn", Bundled.text("purchase.bpmn")),
                Bundled.files());
        assertThat(problems).extracting(ModelProblem::element).containsExactly("Event_ProtectionPeriodOver");
        assertThat(problems.get(0).message()).contains("=autoConfirmAt");
    }

    @Test
    void refusesADecisionUploadThatReadsWhatItsCallersDoNotHave() {
        String broken = Bundled.with("commission.dmn", "<text>category</text>", "<text>productCategory</text>");
        assertThat(Bundled.upload("commission.dmn", broken)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("commission.dmn");
            assertThat(p.element()).isEqualTo("Input_CommissionCategory");
            assertThat(p.message()).contains("reads 'productCategory'").contains("purchase.bpmn")
                    .contains("Task_DetermineCommission").contains("It has there: amountMinor, buyerId, category");
        });
    }

    @Test
    void refusesADecisionUploadThatChangesTheNumberOfOutputsACallerStores() {
        String broken = Bundled.with("commission.dmn", "typeRef=\"number\" />",
                "typeRef=\"number\" />\n      <output id=\"Output_CommissionReason\" name=\"reason\" typeRef=\"string\" />")
                .replaceAll("(?s)(<outputEntry id=\"(OutputEntry_Commission_\\w+)\">.*?</outputEntry>)",
                        "$1<outputEntry id=\"$2_Reason\"><text>\"standard\"</text></outputEntry>");
        assertThat(Bundled.upload("commission.dmn", broken)).singleElement().satisfies(p -> {
            assertThat(p.element()).isEqualTo("DecisionTable_Commission");
            assertThat(p.message()).contains("had 1 output and now has 2 outputs").contains("'commissionBps'")
                    .contains("Task_DetermineCommission").contains("Keep 1 output");
        });
    }
}
