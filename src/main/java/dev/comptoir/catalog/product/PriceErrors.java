package dev.comptoir.catalog.product;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.comptoir.shared.openapi.ErrorCodes;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.springframework.http.HttpStatus;

/** The problems of a write whose {@code prices} break {@link PriceRules}. */
@Target(METHOD)
@Retention(RUNTIME)
@ErrorCodes(status = HttpStatus.BAD_REQUEST, value = {"unsupported_currency", "invalid_amount"})
@interface PriceErrors {}
