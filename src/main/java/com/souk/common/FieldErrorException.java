package com.souk.common;

import java.util.List;

/** Invalid input found beyond bean validation (400), reported field by field like validation errors. */
public class FieldErrorException extends RuntimeException {

    private final List<FieldMessage> errors;

    public FieldErrorException(List<FieldMessage> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public FieldErrorException(String field, String message) {
        this(List.of(new FieldMessage(field, message)));
    }

    public List<FieldMessage> errors() {
        return errors;
    }

    /** One field and what is wrong with it. */
    public record FieldMessage(String field, String message) {
    }
}
