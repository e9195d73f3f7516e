package com.souk.rules.candidates;

import com.souk.workflow.ModelFile;
import java.time.Instant;

/** An uploaded file waiting to be checked, simulated and deployed, and who uploaded it when. */
public record Candidate(long id, String fileName, String content, String uploadedBy, Instant uploadedAt) {

    public ModelFile file() {
        return ModelFile.of(fileName, content);
    }

    /** {@code process}, {@code decision}, {@code form}, or null for a file of another kind. */
    public String kind() {
        return file().kind();
    }
}
