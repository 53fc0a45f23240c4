package dev.comptoir.shared.openapi;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.springframework.http.HttpStatus;

/**
 * The {@code error} codes an operation (or every operation of a controller) can answer with this
 * status, besides those every operation shares ({@link OperationContract}). They become the enum of
 * that response's problem schema, which the system tests' validator holds the server to.
 */
@Target({METHOD, TYPE})
@Retention(RUNTIME)
@Repeatable(ErrorCodes.List.class)
public @interface ErrorCodes {

    HttpStatus status();

    String[] value();

    @Target({METHOD, TYPE})
    @Retention(RUNTIME)
    @interface List {
        ErrorCodes[] value();
    }
}
