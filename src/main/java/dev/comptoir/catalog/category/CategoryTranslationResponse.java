package dev.comptoir.catalog.category;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A category's texts in one language as stored: null where that language falls back. */
public record CategoryTranslationResponse(String locale, @Nullable String name, @Nullable String slug,
        @Nullable String description, Instant createdAt, Instant updatedAt) {

    static CategoryTranslationResponse of(CategoryTranslation t) {
        return new CategoryTranslationResponse(t.getLocale(), t.getName(), t.getSlug(), t.getDescription(),
                t.getCreatedAt(), t.getUpdatedAt());
    }
}
