package com.souk.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rule 6: hit policy, aggregation, types, entries per rule and literal types of a decision table. */
class DecisionTableRulesTest {

    @Test
    void namesTheTableOfAnUnknownHitPolicyThatTheModelApiRefuses() {
        String broken = Bundled.with("commission.dmn", "hitPolicy=\"FIRST\"", "hitPolicy=\"NONSENSE\"");
        assertThat(Bundled.upload("commission.dmn", broken)).singleElement().satisfies(p -> {
            assertThat(p.element()).isEqualTo("DecisionTable_Commission");
            assertThat(p.message()).contains("\"NONSENSE\"").contains("FIRST").contains("RULE ORDER");
        });
    }

    @Test
    void refusesAnAggregationWithoutCollect() {
        String broken = Bundled.with("commission.dmn", "hitPolicy=\"FIRST\"", "hitPolicy=\"FIRST\" aggregation=\"SUM\"");
        assertThat(Bundled.upload("commission.dmn", broken)).singleElement().satisfies(p -> {
            assertThat(p.element()).isEqualTo("DecisionTable_Commission");
            assertThat(p.message()).contains("\"SUM\"").contains("only with the hit policy COLLECT");
        });
    }

    @Test
    void refusesAnUnknownType() {
        String broken = Bundled.with("commission.dmn", "typeRef=\"string\"", "typeRef=\"text\"");
        assertThat(Bundled.upload("commission.dmn", broken)).singleElement().satisfies(p -> {
            assertThat(p.element()).isEqualTo("Input_CommissionCategory");
            assertThat(p.message()).contains("\"text\"").contains("string, number, boolean");
        });
    }

    @Test
    void refusesARuleWithoutAnEntryForEveryInput() {
        String broken = Bundled.with("protection-periods.dmn",
                "<inputEntry id=\"InputEntry_ShipBy_Furniture_Amount\">\n          <text>-</text>\n"
                        + "        </inputEntry>", "");
        assertThat(Bundled.upload("protection-periods.dmn", broken)).singleElement().satisfies(p -> {
            assertThat(p.element()).isEqualTo("Rule_ShipBy_Furniture");
            assertThat(p.message()).contains("1 input entry but the table has 2 inputs");
        });
    }

    @Test
    void refusesATextInANumberOutput() {
        String broken = Bundled.with("commission.dmn", "<text>1000</text>", "<text>\"1000\"</text>");
        assertThat(Bundled.upload("commission.dmn", broken)).singleElement().satisfies(p -> {
            assertThat(p.element()).isEqualTo("OutputEntry_Commission_Books");
            assertThat(p.message()).contains("'commissionBps' is of type number").contains("\"\"1000\"\" is a string")
                    .contains("without quotes");
        });
    }
}
