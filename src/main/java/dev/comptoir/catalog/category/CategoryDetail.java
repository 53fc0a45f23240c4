package dev.comptoir.catalog.category;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One category with its ancestors from the root ({@code path}) and its sub-tree. A storefront read
 * gives the texts in its {@code locale}; an admin answer gives the category's own texts and lists its
 * {@code translations}. {@code metadata} is in every answer, {@code privateMetadata} only in admin answers.
 */
public record CategoryDetail(UUID id, @JsonInclude(JsonInclude.Include.NON_NULL) String locale, String name,
        String slug, String description, UUID parentId, int position, List<Ref> path, List<CategoryNode> children,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<CategoryTranslationResponse> translations, Instant createdAt,
        Instant updatedAt, Map<String, Object> metadata,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Map<String, Object> privateMetadata) {

    public record Ref(UUID id, String name, String slug) {}
}
