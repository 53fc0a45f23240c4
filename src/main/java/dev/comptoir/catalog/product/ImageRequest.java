package dev.comptoir.catalog.product;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An image by URL; only http and https are accepted. No position: appended after the others. */
public record ImageRequest(
        @NotBlank(message = "is required") @Size(max = 2048, message = "must be at most 2048 characters")
        @Pattern(regexp = ProductRequest.HTTP_URL, message = "must be an http or https URL") String url,
        @Size(max = 255, message = "must be at most 255 characters") String altText,
        @Min(value = 0, message = "must be at least 0") Integer position) {}
