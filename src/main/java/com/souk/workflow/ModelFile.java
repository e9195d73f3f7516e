package com.souk.workflow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A model file as an analyst saves it in Camunda Modeler: a .bpmn, .dmn or .form, Camunda 8 flavour. */
public record ModelFile(String name, byte[] content) {

    public ModelFile {
        name = name == null ? "" : name.replaceAll(".*[/\\\\]", "");
        content = content == null ? new byte[0] : content;
    }

    public static ModelFile of(String name, String text) {
        return new ModelFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code process}, {@code decision} or {@code form} by the file's extension; null for anything else. */
    public String kind() {
        if (name.endsWith(".bpmn")) {
            return ModelKind.PROCESS;
        }
        if (name.endsWith(".dmn")) {
            return ModelKind.DECISION;
        }
        return name.endsWith(".form") ? ModelKind.FORM : null;
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /** SHA-256 of the content, hex: two uploads with the same hash are the same file. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
