package dev.comptoir.markets;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A controller parameter {@code @RequestMarket Market market} receives the request's market
 * ({@link Markets#fromRequest}: {@code market} query parameter, else {@code X-Market} header, else
 * {@code country} query parameter, else the default). Annotate the operation with
 * {@link MarketParameters} so that the OpenAPI document lists those inputs and their errors.
 */
@Target(PARAMETER)
@Retention(RUNTIME)
public @interface RequestMarket {}
