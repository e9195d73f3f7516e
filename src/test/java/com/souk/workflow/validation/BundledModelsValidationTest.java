package com.souk.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.workflow.ModelFile;
import org.junit.jupiter.api.Test;

/** The models Souk ships pass validation, so a broken bundled model fails the build rather than the start-up. */
class BundledModelsValidationTest {

    @Test
    void everyBundledModelPassesTogether() {
        assertThat(Bundled.files()).extracting(ModelFile::name)
                .contains("purchase.bpmn", "commission.dmn", "dispute-triage.dmn", "dispute-review.form");
        assertThat(Bundled.VALIDATOR.validateAll(Bundled.files())).isEmpty();
    }

    @Test
    void everyBundledModelPassesAsAnUploadOverTheOthers() {
        for (ModelFile file : Bundled.files()) {
            assertThat(Bundled.VALIDATOR.validate(file, Bundled.files())).as(file.name()).isEmpty();
        }
    }
}
