package dev.comptoir.shared.openapi;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The headers an operation (or every operation of a controller) reads or writes. */
@Target({METHOD, TYPE})
@Retention(RUNTIME)
public @interface ApiHeaders {
    ApiHeader[] value();
}
