package com.souk.rules.web;

import com.souk.common.FieldErrorException;
import com.souk.workflow.ModelFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.web.multipart.MultipartFile;

/** A model file from a multipart upload, with the checks every upload gets before validation. */
final class UploadedModel {

    static final long MAX_BYTES = 2 * 1024 * 1024;

    private UploadedModel() {
    }

    static ModelFile from(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new FieldErrorException("file", "attach a .bpmn, .dmn or .form file");
        }
        if (file.getSize() > MAX_BYTES) {
            throw new FieldErrorException("file", "must be at most 2 MB");
        }
        try {
            return new ModelFile(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
