package dev.comptoir.catalog;

import java.util.UUID;

/** What a cart line points at: a product, and its variant when it is sold by variant. */
public record SkuRef(UUID productId, UUID variantId) {}
