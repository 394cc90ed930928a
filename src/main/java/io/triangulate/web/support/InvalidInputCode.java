package io.triangulate.web.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The contract's error code for a body that cannot be read at all (malformed JSON, wrong types) on
 * this endpoint, e.g. {@code INVALID_REPORT} for report imports.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface InvalidInputCode {
    String value();
}
