package dev.comptoir.markets;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.comptoir.shared.openapi.ErrorCodes;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.springframework.http.HttpStatus;

/**
 * Documents on an operation (or every operation of a controller) that it answers in the request's
 * market: the {@code market} query parameter, the {@code X-Market} header and the {@code country}
 * query parameter (unless the operation declares its own), and the 400 {@code unknown_market} /
 * {@code invalid_country} they can cause.
 */
@Target({METHOD, TYPE})
@Retention(RUNTIME)
@ErrorCodes(status = HttpStatus.BAD_REQUEST, value = {"unknown_market", "invalid_country"})
public @interface MarketParameters {}
