package com.souk.rules.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.rules.diff.DmnDiff.DecisionChanges;
import com.souk.rules.tables.DmnTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What changed between two versions of a decision table: cells, rules, columns, hit policy, descriptions. */
class DmnComparisonTest {

    private static String commission() throws IOException {
        return Files.readString(Path.of("bpmn", "commission.dmn"));
    }

    private static DmnDiff diff(String before, String after) {
        return DmnComparison.compare(DmnTables.read(before), DmnTables.read(after));
    }

    private static DecisionChanges commissionChanges(String after) throws IOException {
        return diff(commission(), after).decisions().get(0);
    }

    @Test
    void theSameFileHasNoChanges() throws IOException {
        DmnDiff diff = diff(commission(), commission());
        assertThat(diff.same()).isTrue();
        assertThat(diff.decisions()).singleElement().extracting(DecisionChanges::status).isEqualTo(Status.SAME);
    }

    @Test
    void showsAChangedCellWithItsOldAndNewText() throws IOException {
        DecisionChanges changes = commissionChanges(commission().replace(
                "<text>500</text>", "<text>450</text>"));

        assertThat(changes.status()).isEqualTo(Status.CHANGED);
        assertThat(changes.rulesChanged()).singleElement().satisfies(rule -> {
            assertThat(rule.id()).isEqualTo("Rule_Commission_Electronics");
            assertThat(rule.position()).isEqualTo(1);
            assertThat(rule.cells()).containsExactly(new Change("Commission (basis points)", "500", "450"));
            assertThat(rule.description()).isNull();
            assertThat(rule.moved()).isNull();
        });
        assertThat(changes.rulesAdded()).isEmpty();
        assertThat(changes.rulesRemoved()).isEmpty();
        assertThat(changes.inputs()).isEmpty();
    }

    @Test
    void showsAChangedDescription() throws IOException {
        DecisionChanges changes = commissionChanges(commission().replace(
                "Books: 10% (1000 basis points).", "Books: still 10%."));

        assertThat(changes.rulesChanged()).singleElement().satisfies(rule -> {
            assertThat(rule.cells()).isEmpty();
            assertThat(rule.description()).isEqualTo(
                    new Change("description", "Books: 10% (1000 basis points).", "Books: still 10%."));
        });
    }

    @Test
    void showsARuleAddedAndARuleRemovedWithTheirCells() throws IOException {
        String after = commission().replaceFirst("(?s)<rule id=\"Rule_Commission_Books\">.*?</rule>", """
                <rule id="Rule_Commission_Toys">
                  <description>Toys: 9%.</description>
                  <inputEntry id="InputEntry_Toys"><text>"toys"</text></inputEntry>
                  <outputEntry id="OutputEntry_Toys"><text>900</text></outputEntry>
                </rule>""");

        DecisionChanges changes = commissionChanges(after);

        assertThat(changes.rulesAdded()).singleElement().satisfies(rule -> {
            assertThat(rule.id()).isEqualTo("Rule_Commission_Toys");
            assertThat(rule.position()).isEqualTo(2);
            assertThat(rule.cells()).containsExactly(new DmnDiff.Cell("Category", "\"toys\""),
                    new DmnDiff.Cell("Commission (basis points)", "900"));
            assertThat(rule.description()).isEqualTo("Toys: 9%.");
        });
        assertThat(changes.rulesRemoved()).singleElement().extracting(DmnDiff.RuleRow::id)
                .isEqualTo("Rule_Commission_Books");
        assertThat(changes.rulesChanged()).isEmpty();
    }

    @Test
    void showsAnAddedInputAndOnlyTheCellsOfItThatSaySomething() throws IOException {
        String after = commission()
                .replace("<output id=\"Output_CommissionBps\"", """
                        <input id="Input_Amount" label="Amount">
                          <inputExpression id="InputExpression_Amount" typeRef="number">
                            <text>amountMinor</text>
                          </inputExpression>
                        </input>
                        <output id="Output_CommissionBps\"""")
                .replace("""
                        <text>"electronics"</text>
                                </inputEntry>""", """
                        <text>"electronics"</text>
                                </inputEntry>
                                <inputEntry id="E_Amount"><text>&gt; 50000</text></inputEntry>""")
                .replaceAll("(<inputEntry id=\"InputEntry_Commission_(Books|Fashion|Furniture|Default)_Category\">\\s*"
                        + "<text>[^<]*</text>\\s*</inputEntry>)",
                        "$1<inputEntry id=\"E_$2\"><text>-</text></inputEntry>");

        DecisionChanges changes = commissionChanges(after);

        assertThat(changes.inputs()).singleElement().satisfies(column -> {
            assertThat(column.id()).isEqualTo("Input_Amount");
            assertThat(column.title()).isEqualTo("Amount");
            assertThat(column.status()).isEqualTo(Status.ADDED);
        });
        assertThat(changes.rulesChanged()).singleElement().satisfies(rule -> {
            assertThat(rule.id()).isEqualTo("Rule_Commission_Electronics");
            assertThat(rule.cells()).containsExactly(new Change("Amount", null, "> 50000"));
        });
    }

    @Test
    void showsAChangedInputExpressionAndType() throws IOException {
        DecisionChanges changes = commissionChanges(commission()
                .replace("<text>category</text>", "<text>lower case(category)</text>")
                .replace("typeRef=\"string\"", "typeRef=\"any\""));

        assertThat(changes.inputs()).singleElement().satisfies(column -> {
            assertThat(column.status()).isEqualTo(Status.CHANGED);
            assertThat(column.changes()).containsExactly(
                    new Change("expression", "category", "lower case(category)"), new Change("type", "string", "any"));
        });
    }

    @Test
    void showsAChangedHitPolicy() throws IOException {
        DecisionChanges changes = commissionChanges(commission().replace("hitPolicy=\"FIRST\"",
                "hitPolicy=\"COLLECT\" aggregation=\"MAX\""));
        assertThat(changes.hitPolicy()).isEqualTo(new Change("hit policy", "FIRST", "COLLECT (MAX)"));
        assertThat(changes.status()).isEqualTo(Status.CHANGED);
    }

    @Test
    void showsARuleThatMovedAmongTheRules() throws IOException {
        String original = commission();
        String books = original.replaceFirst("(?s).*(<rule id=\"Rule_Commission_Books\">.*?</rule>).*", "$1");
        String after = original.replace(books, "").replace("<rule id=\"Rule_Commission_Default\">",
                books + "\n<rule id=\"Rule_Commission_Default\">");

        DecisionChanges changes = commissionChanges(after);

        assertThat(changes.rulesChanged()).extracting(DmnDiff.RuleChange::id).contains("Rule_Commission_Books");
        assertThat(changes.rulesChanged()).filteredOn(r -> r.id().equals("Rule_Commission_Books")).singleElement()
                .satisfies(r -> assertThat(r.moved()).isEqualTo(new Change("position", "2", "4")));
    }

    @Test
    void showsDecisionsAddedAndRemovedInAFileOfSeveral() throws IOException {
        String periods = Files.readString(Path.of("bpmn", "protection-periods.dmn"));
        String withoutShipBy = periods.replaceFirst("(?s)<decision id=\"ship-by-period\".*?</decision>", "");

        DmnDiff removed = diff(periods, withoutShipBy);
        assertThat(removed.changed()).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("ship-by-period");
            assertThat(d.status()).isEqualTo(Status.REMOVED);
        });
        assertThat(diff(withoutShipBy, periods).changed()).singleElement()
                .extracting(DecisionChanges::status).isEqualTo(Status.ADDED);
    }
}
