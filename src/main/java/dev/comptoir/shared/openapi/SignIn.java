package dev.comptoir.shared.openapi;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Says what an operation needs of the bearer token where neither its path ({@code /api/admin/**},
 * {@code /api/users/**}) nor a {@code @PreAuthorize} rule tells: required (a customer's own orders) or
 * optional (open to anyone, but a signed-in customer gets their own cart or order).
 */
@Target({METHOD, TYPE})
@Retention(RUNTIME)
public @interface SignIn {

    /** The token may be left out. */
    boolean optional() default false;
}
