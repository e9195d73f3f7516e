package com.souk.rules.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The readable decision tables of DMN files: columns, rules, hit policies in words, several decisions in a file. */
class DmnTablesTest {

    static String bundled(String name) throws IOException {
        return Files.readString(Path.of("bpmn", name));
    }

    @Test
    void readsTheCommissionTableWithItsColumnsRulesAndDescriptions() throws IOException {
        Decision commission = DmnTables.read(bundled("commission.dmn")).decision("commission").orElseThrow();

        assertThat(commission.name()).isEqualTo("Commission rate");
        assertThat(commission.table()).isTrue();
        assertThat(commission.hitPolicyName()).isEqualTo("FIRST");
        assertThat(commission.hitPolicyExplained()).contains("first rule that matches gives the result");
        assertThat(commission.inputs()).containsExactly(
                new Decision.Input("Input_CommissionCategory", "Category", "category", "string"));
        assertThat(commission.outputs()).containsExactly(new Decision.Output("Output_CommissionBps",
                "Commission (basis points)", "commissionBps", "number"));
        assertThat(commission.rules()).hasSize(5);
        Decision.Rule electronics = commission.rules().get(0);
        assertThat(electronics.id()).isEqualTo("Rule_Commission_Electronics");
        assertThat(electronics.position()).isEqualTo(1);
        assertThat(electronics.inputEntries()).containsExactly("\"electronics\"");
        assertThat(electronics.outputEntries()).containsExactly("500");
        assertThat(electronics.description()).startsWith("Electronics: 5%");
        assertThat(commission.rules().get(4).inputEntries()).containsExactly("-");
        assertThat(commission.inputCell(commission.rules().get(1), "Input_CommissionCategory")).isEqualTo("\"books\"");
        assertThat(commission.inputCell(commission.rules().get(1), "Input_Unknown")).isNull();
    }

    @Test
    void readsEveryDecisionOfAFileAndNamesTheOnesSharingIt() throws IOException {
        DecisionFile file = DmnTables.read(bundled("protection-periods.dmn"));

        assertThat(file.decisions()).extracting(Decision::id).containsExactly("ship-by-period", "protection-period");
        assertThat(file.othersThan("protection-period")).extracting(Decision::id).containsExactly("ship-by-period");
        Decision shipBy = file.decision("ship-by-period").orElseThrow();
        assertThat(shipBy.inputs()).extracting(Decision.Input::expression).containsExactly("category", "amountMinor");
        assertThat(shipBy.rules().get(1).inputEntries()).containsExactly("-", "> 100000");
    }

    @Test
    void readsDmn11WithACollectSumPolicyAndALiteralExpressionDecision() {
        DecisionFile file = DmnTables.read("""
                <definitions xmlns="http://www.omg.org/spec/DMN/20151101/dmn.xsd" id="d" name="d" namespace="x">
                  <decision id="points" name="Points">
                    <decisionTable id="t" hitPolicy="COLLECT" aggregation="SUM">
                      <input id="i">
                        <inputExpression id="ie" typeRef="integer"><text>age</text></inputExpression>
                      </input>
                      <output id="o" name="points" typeRef="integer"/>
                      <rule id="r1"><inputEntry id="a"><text>&lt; 30</text></inputEntry>
                        <outputEntry id="b"><text>2</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                  <decision id="greeting" name="Greeting">
                    <literalExpression id="l"><text>"Hello " + name</text></literalExpression>
                  </decision>
                </definitions>""");

        Decision points = file.decision("points").orElseThrow();
        assertThat(points.hitPolicyName()).isEqualTo("COLLECT (SUM)");
        assertThat(points.hitPolicyExplained()).contains("answers their sum");
        assertThat(points.inputs().get(0).title()).isEqualTo("age");
        assertThat(points.outputs().get(0).title()).isEqualTo("points");
        assertThat(points.rules().get(0).inputEntries()).containsExactly("< 30");
        Decision greeting = file.decision("greeting").orElseThrow();
        assertThat(greeting.table()).isFalse();
        assertThat(greeting.expression()).isEqualTo("\"Hello \" + name");
    }

    @Test
    void readsDmn12AndTakesAMissingHitPolicyAsUnique() {
        Decision d = DmnTables.read("""
                <definitions xmlns="http://www.omg.org/spec/DMN/20180521/MODEL/" id="d" name="d" namespace="x">
                  <decision id="x" name="X"><decisionTable id="t">
                    <input id="i" label="Amount">
                      <inputExpression id="e" typeRef="number"><text>a</text></inputExpression>
                    </input>
                    <output id="o" name="y" typeRef="string"/>
                  </decisionTable></decision>
                </definitions>""").decision("x").orElseThrow();

        assertThat(d.hitPolicyName()).isEqualTo("UNIQUE");
        assertThat(d.hitPolicyExplained()).startsWith("Unique: at most one rule may match");
        assertThat(d.rules()).isEmpty();
    }

    @Test
    void refusesWhatIsNotDmnOrNotXml() throws IOException {
        assertThatThrownBy(() -> DmnTables.read(bundled("purchase.bpmn")))
                .isInstanceOf(UnreadableModelException.class).hasMessageContaining("not DMN 1.1, 1.2 or 1.3");
        assertThatThrownBy(() -> DmnTables.read("<definitions"))
                .isInstanceOf(UnreadableModelException.class).hasMessageContaining("not well-formed XML");
        assertThatThrownBy(() -> DmnTables.read(
                "<definitions xmlns=\"https://www.omg.org/spec/DMN/20230324/MODEL/\"/>"))
                .isInstanceOf(UnreadableModelException.class);
    }

    @Test
    void refusesADoctypeSoNoEntityIsEverResolved() {
        String withEntity = """
                <?xml version="1.0"?>
                <!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="&secret;"/>""";
        assertThatThrownBy(() -> DmnTables.read(withEntity)).isInstanceOf(UnreadableModelException.class)
                .hasMessageContaining("DOCTYPE");
    }
}
