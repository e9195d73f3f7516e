package com.souk.rules.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.workflow.ModelFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DmnOutlineTest {

    private static List<DmnOutline.Decision> bundled(String file) throws IOException {
        return DmnOutline.read(new ModelFile(file, Files.readAllBytes(Path.of("bpmn", file))));
    }

    @Test
    void findsEveryDecisionOfAFileWithTheVariablesItsInputsRead() throws IOException {
        assertThat(bundled("dispute-windows.dmn")).extracting(DmnOutline.Decision::id)
                .containsExactly("seller-response-window", "buyer-answer-window", "agent-sla");
        assertThat(bundled("dispute-triage.dmn").get(0).reads()).containsExactlyInAnyOrder("reason",
                "requestedRefundMinor", "hasTracking", "sellerOrders90d", "sellerDefectRate", "buyerPastDisputes");
        assertThat(bundled("protection-periods.dmn").get(0).reads()).containsExactlyInAnyOrder("category",
                "amountMinor");
        assertThat(bundled("commission.dmn").get(0).name()).isEqualTo("Commission rate");
    }

    @Test
    void readsVariablesOutOfExpressionsButNotFunctionsKeywordsPathsOrStrings() {
        assertThat(DmnOutline.variablesIn("if amountMinor > 100 and string length(category) < 3 then \"big deal\" "
                + "else order.total")).containsExactly("amountMinor", "category", "order");
    }

    @Test
    void aFileThatIsNoXmlHasNoDecisions() {
        assertThat(DmnOutline.read(ModelFile.of("x.dmn", "<definitions"))).isEmpty();
        assertThat(DmnOutline.read(ModelFile.of("x.dmn", "<!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<definitions>&e;</definitions>"))).isEmpty();
    }
}
