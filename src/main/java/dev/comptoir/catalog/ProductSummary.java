package dev.comptoir.catalog;

import java.math.BigDecimal;
import java.util.UUID;

/** A product as other modules show it (wishlist, cart lines): no variants, first image only. */
public record ProductSummary(UUID id, String name, String slug, String sku, BigDecimal price, String currency,
        String imageUrl, boolean hasVariants, boolean active) {}
