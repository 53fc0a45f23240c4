package dev.comptoir.catalog.product;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A product's texts in one language as stored: null where that language falls back. */
public record ProductTranslationResponse(
        String locale,
        @Nullable String name,
        @Nullable String slug,
        @Nullable String description,
        @Nullable String shortDescription,
        @Nullable String seoTitle,
        @Nullable String seoDescription,
        Instant createdAt,
        Instant updatedAt) {

    static ProductTranslationResponse of(ProductTranslation t) {
        return new ProductTranslationResponse(t.getLocale(), t.getName(), t.getSlug(), t.getDescription(),
                t.getShortDescription(), t.getSeoTitle(), t.getSeoDescription(), t.getCreatedAt(), t.getUpdatedAt());
    }
}
