package dev.comptoir.catalog.category;

import dev.comptoir.catalog.support.Slugs;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A category's texts in one language, replacing those it had in that language: the texts a category
 * has (name, slug, description), each optional (at least one is given); one left out, empty or blank
 * falls back to the market's default language, then to the category's own. Lengths are the category's.
 */
public record CategoryTranslationRequest(
        @Size(max = 120, message = "must be at most 120 characters") String name,
        @Size(max = 140, message = "must be at most 140 characters")
        @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case letters, digits and single dashes") String slug,
        @Size(max = 5000, message = "must be at most 5000 characters") String description) {}
