package dev.comptoir.catalog.product;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.comptoir.shared.openapi.ErrorCodes;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.springframework.http.HttpStatus;

/** The problems a read answers when its market cannot be chosen ({@link MarketChoice}). */
@Target(METHOD)
@Retention(RUNTIME)
@ErrorCodes(status = HttpStatus.BAD_REQUEST, value = {"unknown_market", "invalid_country"})
public @interface MarketErrors {}
