package com.souk.workflow.operaton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.souk.workflow.DecisionTables;
import com.souk.workflow.DecisionTables.Decision;
import com.souk.workflow.DecisionTables.DecisionFailedException;
import com.souk.workflow.ModelFile;
import com.souk.workflow.ModelRejectedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LocalDecisionTablesTest {

    private final LocalDecisionTables tables = new LocalDecisionTables();

    private Decision bundled(String file, String decisionId) throws IOException {
        return tables.prepare(new ModelFile(file, Files.readAllBytes(Path.of("bpmn", file))), decisionId);
    }

    private static Map<String, Object> order(String category, long amountMinor) {
        return Map.of("orderId", "17", "buyerId", "3", "sellerId", "4", "amountMinor", amountMinor, "currency", "EUR",
                "category", category);
    }

    private static Map<String, Object> dispute(String reason, long requested, boolean tracking, Long sellerOrders,
            Double defectRate, long pastDisputes) {
        Map<String, Object> variables = new HashMap<>(order("home", 10_000L));
        variables.put("disputeId", "9");
        variables.put("reason", reason);
        variables.put("requestedRefundMinor", requested);
        variables.put("hasTracking", tracking);
        variables.put("sellerOrders90d", sellerOrders);
        variables.put("sellerDefectRate", defectRate);
        variables.put("buyerPastDisputes", pastDisputes);
        return variables;
    }

    @Test
    void commissionAnswersTheBasisPointsOfTheCategoryAsALong() throws IOException {
        Decision commission = bundled("commission.dmn", "commission");
        assertThat(commission.evaluate(order("electronics", 10_000L))).isEqualTo(500L);
        assertThat(commission.evaluate(order("books", 10_000L))).isEqualTo(1_000L);
        assertThat(commission.evaluate(order("fashion", 10_000L))).isEqualTo(1_200L);
        assertThat(commission.evaluate(order("garden", 10_000L))).isEqualTo(800L);
    }

    @Test
    void periodsAnswerIsoDurationsByCategoryAndAmount() throws IOException {
        Decision shipBy = bundled("protection-periods.dmn", "ship-by-period");
        assertThat(shipBy.evaluate(order("furniture", 500_000L))).isEqualTo("P10D");
        assertThat(shipBy.evaluate(order("electronics", 100_001L))).isEqualTo("P7D");
        assertThat(shipBy.evaluate(order("electronics", 100_000L))).isEqualTo("P5D");
        Decision protection = bundled("protection-periods.dmn", "protection-period");
        assertThat(protection.evaluate(order("electronics", 1L))).isEqualTo("P30D");
        assertThat(protection.evaluate(order("books", 1L))).isEqualTo("P15D");
        assertThat(bundled("review-window.dmn", "review-window").evaluate(order("books", 1L))).isEqualTo("P60D");
    }

    @Test
    void disputeWindowsComeFromOneFileWithThreeDecisions() throws IOException {
        assertThat(bundled("dispute-windows.dmn", "seller-response-window")
                .evaluate(dispute("NOT_RECEIVED", 100, true, 20L, 0.0, 0))).isEqualTo("P3D");
        assertThat(bundled("dispute-windows.dmn", "seller-response-window")
                .evaluate(dispute("NOT_AS_DESCRIBED", 100, true, 20L, 0.0, 0))).isEqualTo("P5D");
        assertThat(bundled("dispute-windows.dmn", "buyer-answer-window")
                .evaluate(dispute("NOT_AS_DESCRIBED", 100, true, 20L, 0.0, 0))).isEqualTo("P3D");
        assertThat(bundled("dispute-windows.dmn", "agent-sla").evaluate(dispute("NOT_RECEIVED", 50_001, true, 0L, null, 0)))
                .isEqualTo("P1D");
        assertThat(bundled("dispute-windows.dmn", "agent-sla").evaluate(dispute("NOT_RECEIVED", 50_000, true, 0L, null, 0)))
                .isEqualTo("P2D");
    }

    @Test
    void triageLooksAtTheDefectRateOnlyOnceTheSellerHasTenFinishedOrders() throws IOException {
        Decision triage = bundled("dispute-triage.dmn", "dispute-triage");
        assertThat(triage.evaluate(dispute("NOT_AS_DESCRIBED", 5_000, true, 0L, null, 0))).isEqualTo("AGENT_REVIEW");
        assertThat(triage.evaluate(dispute("NOT_AS_DESCRIBED", 5_000, true, 1L, 1.0, 0)))
                .as("one refund out of one finished order is no evidence").isEqualTo("AGENT_REVIEW");
        assertThat(triage.evaluate(dispute("NOT_AS_DESCRIBED", 5_000, true, 9L, 0.5, 0))).isEqualTo("AGENT_REVIEW");
        assertThat(triage.evaluate(dispute("NOT_AS_DESCRIBED", 5_000, true, 10L, 0.1, 0))).isEqualTo("AGENT_REVIEW");
        assertThat(triage.evaluate(dispute("NOT_AS_DESCRIBED", 5_000, true, 10L, 0.2, 0))).isEqualTo("AUTO_REFUND");
        assertThat(triage.evaluate(dispute("NOT_RECEIVED", 5_000, false, 40L, 0.0, 0))).isEqualTo("AUTO_REFUND");
        assertThat(triage.evaluate(dispute("NOT_AS_DESCRIBED", 2_000, true, 40L, 0.0, 0))).isEqualTo("AUTO_REFUND");
        assertThat(triage.evaluate(dispute("NOT_AS_DESCRIBED", 1_000, true, 40L, 0.5, 3))).isEqualTo("AGENT_REVIEW");
    }

    @Test
    void matchedRulesNameTheRuleThatDecidedWithItsDescription() throws IOException {
        Decision triage = bundled("dispute-triage.dmn", "dispute-triage");
        List<DecisionTables.MatchedRule> smallClaim = triage.matchedRules(dispute("NOT_AS_DESCRIBED", 1_500, true, 0L,
                null, 0));
        assertThat(smallClaim).extracting(DecisionTables.MatchedRule::id).first().isEqualTo("Rule_Triage_SmallClaim");
        assertThat(smallClaim.get(0).description()).startsWith("Small claims up to the auto-refund limit");
        assertThat(triage.matchedRules(dispute("NOT_AS_DESCRIBED", 5_000, true, 12L, 0.25, 0)))
                .extracting(DecisionTables.MatchedRule::id).first().isEqualTo("Rule_Triage_HighDefectRate");
        assertThat(triage.matchedRules(dispute("NOT_AS_DESCRIBED", 5_000, true, 1L, 1.0, 0)))
                .extracting(DecisionTables.MatchedRule::id).first().isEqualTo("Rule_Triage_Default");

        Decision only = tables.prepare(ModelFile.of("only.dmn", table("only", "UNIQUE", "", outputs("tag", "string"),
                rule("\"books\"", "\"B\""))), "only");
        assertThat(only.matchedRules(order("toys", 1L))).isEmpty();
        assertThat(only.matchedRules(order("books", 1L))).singleElement()
                .satisfies(rule -> assertThat(rule.description()).isEmpty());
    }

    @Test
    void severalOutputsAnswerAMapByOutputName() {
        Decision terms = tables.prepare(ModelFile.of("terms.dmn", table("terms", "FIRST", "",
                outputs("shipBy", "string", "commissionBps", "number"),
                rule("\"furniture\"", "\"P10D\"", "800") + rule("-", "\"P5D\"", "1000"))), "terms");
        assertThat(terms.evaluate(order("furniture", 1L))).isEqualTo(Map.of("shipBy", "P10D", "commissionBps", 800L));
    }

    @Test
    void collectAnswersAListOfValuesOrOfMapsAndAnAggregatorOneNumber() {
        String rules = rule("\"books\",\"home\"", "\"SLOW\"") + rule("\"books\"", "\"HEAVY\"") + rule("\"toys\"", "\"FUN\"");
        Decision tags = tables.prepare(ModelFile.of("tags.dmn", table("tags", "COLLECT", "", outputs("tag", "string"), rules)),
                "tags");
        assertThat(tags.evaluate(order("books", 1L))).isEqualTo(List.of("SLOW", "HEAVY"));
        assertThat(tags.evaluate(order("toys", 1L))).isEqualTo(List.of("FUN"));

        Decision rows = tables.prepare(ModelFile.of("rows.dmn", table("rows", "RULE ORDER", "",
                outputs("tag", "string", "weight", "number"),
                rule("\"books\"", "\"SLOW\"", "1") + rule("-", "\"ANY\"", "2.5"))), "rows");
        assertThat(rows.evaluate(order("books", 1L)))
                .isEqualTo(List.of(Map.of("tag", "SLOW", "weight", 1L), Map.of("tag", "ANY", "weight", 2.5d)));

        Decision sum = tables.prepare(ModelFile.of("sum.dmn", table("sum", "COLLECT", "aggregation=\"SUM\"",
                outputs("points", "number"), rule("\"books\",\"home\"", "3") + rule("\"books\"", "4"))), "sum");
        assertThat(sum.evaluate(order("books", 1L))).isEqualTo(7L);
    }

    @Test
    void noMatchingRuleAnswersNull() {
        Decision only = tables.prepare(ModelFile.of("only.dmn", table("only", "UNIQUE", "", outputs("tag", "string"),
                rule("\"books\"", "\"B\""))), "only");
        assertThat(only.evaluate(order("toys", 1L))).isNull();
        Decision tags = tables.prepare(ModelFile.of("tags.dmn", table("tags", "COLLECT", "", outputs("tag", "string"),
                rule("\"books\"", "\"B\""))), "tags");
        assertThat(tags.evaluate(order("toys", 1L))).isNull();
    }

    @Test
    void aFeelFailureOnOneCaseIsADecisionFailedExceptionAndTheNextCaseStillEvaluates() {
        String checked = table("checked", "FIRST", "", outputs("commissionBps", "number"),
                rule("\"books\"", "1000")
                + rule("\"toys\"", "assert(700, amountMinor < 100000, \"too large\")") + rule("-", "800"));
        Decision decision = tables.prepare(ModelFile.of("checked.dmn", checked), "checked");
        assertThatThrownBy(() -> decision.evaluate(order("toys", 200_000L)))
                .isInstanceOf(DecisionFailedException.class).hasMessageContaining("checked");
        assertThat(decision.evaluate(order("toys", 5_000L))).isEqualTo(700L);
        assertThat(decision.evaluate(order("books", 200_000L))).isEqualTo(1_000L);
        assertThat(decision.evaluate(order("garden", 200_000L))).isEqualTo(800L);
    }

    @Test
    void aFileWithoutTheDecisionIsRefusedNamingIt() {
        assertThatThrownBy(() -> tables.prepare(ModelFile.of("commission.dmn",
                table("other", "FIRST", "", outputs("x", "string"), rule("-", "\"a\""))), "commission"))
                .isInstanceOf(ModelRejectedException.class).hasMessageContaining("commission");
        assertThatThrownBy(() -> tables.prepare(ModelFile.of("broken.dmn", "<definitions"), "broken"))
                .isInstanceOf(ModelRejectedException.class);
    }

    /** A decision table of the given id on {@code category}. */
    private static String table(String id, String hitPolicy, String aggregation, String outputs, String rules) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Test" name="Test"
                    namespace="http://camunda.org/schema/1.0/dmn">
                  <decision id="%s" name="Test">
                    <decisionTable id="Table" hitPolicy="%s" %s>
                      <input id="Input_Category" label="Category">
                        <inputExpression id="InputExpression_Category" typeRef="string"><text>category</text></inputExpression>
                      </input>
                      %s
                      %s
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(id, hitPolicy, aggregation, outputs, rules);
    }

    private static String outputs(String... nameAndType) {
        StringBuilder xml = new StringBuilder();
        for (int i = 0; i < nameAndType.length; i += 2) {
            xml.append("<output id=\"Output_%d\" name=\"%s\" typeRef=\"%s\" />".formatted(i, nameAndType[i],
                    nameAndType[i + 1]));
        }
        return xml.toString();
    }

    private static final AtomicInteger RULES = new AtomicInteger();

    private static String rule(String category, String... outputs) {
        int n = RULES.incrementAndGet();
        StringBuilder xml = new StringBuilder("<rule id=\"Rule_" + n + "\"><inputEntry id=\"In_" + n + "\"><text>"
                + escape(category) + "</text></inputEntry>");
        for (int i = 0; i < outputs.length; i++) {
            xml.append("<outputEntry id=\"Out_").append(n).append('_').append(i).append("\"><text>")
                    .append(escape(outputs[i])).append("</text></outputEntry>");
        }
        return xml.append("</rule>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
