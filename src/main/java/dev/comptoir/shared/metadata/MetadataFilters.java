package dev.comptoir.shared.metadata;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.comptoir.shared.openapi.ErrorCodes;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.springframework.http.HttpStatus;

/**
 * Marks an admin list taking a {@link MetadataFilter}: the OpenAPI document lists its
 * {@code metadata} and {@code privateMetadata} deepObject query parameters and 400 invalid_metadata.
 */
@Target(METHOD)
@Retention(RUNTIME)
@ErrorCodes(status = HttpStatus.BAD_REQUEST, value = MetadataRules.CODE)
public @interface MetadataFilters {}
