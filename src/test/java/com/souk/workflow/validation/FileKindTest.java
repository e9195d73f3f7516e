package com.souk.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rule 1: only .bpmn, .dmn and .form files are models. */
class FileKindTest {

    @Test
    void refusesAFileThatIsNoModelByItsExtension() {
        assertThat(Bundled.upload("commission.xml", Bundled.text("commission.dmn"))).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("commission.xml");
            assertThat(p.element()).isEqualTo("file");
            assertThat(p.message()).contains("not a model file").contains(".bpmn").contains(".dmn").contains(".form");
        });
    }
}
