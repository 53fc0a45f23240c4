package dev.comptoir.catalog.category;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One category with its ancestors from the root ({@code path}) and its sub-tree. */
public record CategoryDetail(UUID id, String name, String slug, String description, UUID parentId, int position,
        List<Ref> path, List<CategoryNode> children, Instant createdAt, Instant updatedAt) {

    public record Ref(UUID id, String name, String slug) {}
}
