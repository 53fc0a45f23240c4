package dev.comptoir.catalog;

import java.util.UUID;

/** A product's category at the time of asking; both null when it has none. */
public record ProductCategory(UUID productId, UUID categoryId, String categoryName) {}
