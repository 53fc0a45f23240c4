package dev.comptoir.catalog;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.comptoir.shared.openapi.ErrorCodes;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.springframework.http.HttpStatus;

/**
 * Documents on an operation that takes a {@link CatalogLocale} that it answers in a negotiated
 * language: the {@code locale} query parameter, the {@code Accept-Language} header and the
 * {@code Content-Language} of its answer. The languages are the request's market's, so choosing a
 * market can fail as it does everywhere (400 {@code unknown_market}, {@code invalid_country}).
 */
@Target({METHOD, TYPE})
@Retention(RUNTIME)
@ErrorCodes(status = HttpStatus.BAD_REQUEST, value = {"unknown_market", "invalid_country"})
public @interface LocaleParameters {}
