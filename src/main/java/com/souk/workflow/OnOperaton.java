package com.souk.workflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** A bean of the embedded engine's adapter: made when {@code souk.engine} is {@code operaton}, the default. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = EngineSelection.PROPERTY, havingValue = EngineSelection.OPERATON, matchIfMissing = true)
public @interface OnOperaton {
}
