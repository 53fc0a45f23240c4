package dev.comptoir.catalog.category;

import java.util.List;
import java.util.UUID;

/** A category with its sub-categories, nested to any depth, ordered by position then name. */
public record CategoryNode(UUID id, String name, String slug, String description, UUID parentId, int position,
        List<CategoryNode> children) {}
