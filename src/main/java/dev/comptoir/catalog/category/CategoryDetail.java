package dev.comptoir.catalog.category;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One category with its ancestors from the root ({@code path}) and its sub-tree. A storefront read
 * gives the texts in its {@code locale}; an admin answer gives the category's own texts and lists its
 * {@code translations}.
 */
public record CategoryDetail(UUID id, @JsonInclude(JsonInclude.Include.NON_NULL) String locale, String name,
        String slug, String description, UUID parentId, int position, List<Ref> path, List<CategoryNode> children,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<CategoryTranslationResponse> translations, Instant createdAt,
        Instant updatedAt) {

    public record Ref(UUID id, String name, String slug) {}
}
