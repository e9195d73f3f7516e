package com.souk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps the module boundaries of ARCHITECTURE.md: no cycles, no reaching into another module's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SoukApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void onlyTheWorkflowModuleKnowsTheEngineInTheAppAndInItsTests() {
        JavaClasses souk = new ClassFileImporter().importPackages("com.souk");
        noClasses().that().resideOutsideOfPackage("com.souk.workflow..")
                .should().dependOnClassesThat().resideInAnyPackage("org.operaton..", "io.camunda..")
                .check(souk);
    }

    /** The ledger's tables are payment's: every other module posts and reads money through payment's services. */
    @Test
    void onlyThePaymentModuleTouchesTheLedgerTables() throws IOException {
        Path main = Path.of("src", "main", "java", "com", "souk");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> outside = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(main.resolve("payment")))
                    .filter(f -> mentionsLedgerTables(f))
                    .map(Path::toString).toList();
            assertThat(outside).as("classes outside payment that name a ledger table").isEmpty();
        }
        try (Stream<Path> files = Files.walk(main.resolve("payment"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".java")).anyMatch(f -> mentionsLedgerTables(f)))
                    .as("the check would notice a ledger table named in a class").isTrue();
        }
    }

    private static boolean mentionsLedgerTables(Path file) {
        try {
            String text = Files.readString(file);
            return text.contains("ledger_transactions") || text.contains("ledger_postings");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
