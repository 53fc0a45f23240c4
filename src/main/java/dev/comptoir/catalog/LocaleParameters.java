package dev.comptoir.catalog;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Documents on an operation that takes a {@link CatalogLocale} that it answers in a negotiated
 * language: the {@code locale} query parameter, the {@code Accept-Language} header and the
 * {@code Content-Language} of its answer.
 */
@Target({METHOD, TYPE})
@Retention(RUNTIME)
public @interface LocaleParameters {}
