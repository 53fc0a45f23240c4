package dev.comptoir.catalog;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product as other modules show it (wishlist, cart lines): no variants, first image only.
 * {@code stock} is the sum of the variants' stock for a product sold through variants;
 * {@code stockStatus} is SPEC's {@code in_stock}/{@code low_stock}/{@code out_of_stock}.
 */
public record ProductSummary(UUID id, String name, String slug, String sku, BigDecimal price, String currency,
        String imageUrl, boolean hasVariants, boolean active, int stock, String stockStatus) {}
