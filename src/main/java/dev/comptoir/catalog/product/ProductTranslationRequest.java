package dev.comptoir.catalog.product;

import dev.comptoir.catalog.support.Slugs;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A product's texts in one language, replacing those it had in that language. Every field is optional
 * (at least one is given); one left out, empty or blank is not translated and falls back to the
 * market's default language, then to the product's own text. Lengths are the product's own.
 */
public record ProductTranslationRequest(
        @Size(min = 2, max = 200, message = "must be 2 to 200 characters") String name,
        @Size(max = 220, message = "must be at most 220 characters")
        @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case letters, digits and single dashes") String slug,
        @Size(max = 20000, message = "must be at most 20000 characters") String description,
        @Size(max = 500, message = "must be at most 500 characters") String shortDescription,
        @Size(max = 200, message = "must be at most 200 characters") String seoTitle,
        @Size(max = 500, message = "must be at most 500 characters") String seoDescription) {}
