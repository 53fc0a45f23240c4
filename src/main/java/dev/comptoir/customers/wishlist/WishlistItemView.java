package dev.comptoir.customers.wishlist;

import dev.comptoir.catalog.ProductSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A wishlist entry with the product as it is now: current price, first image, stock status. */
record WishlistItemView(UUID productId, String name, String slug, BigDecimal price, String currency,
        String imageUrl, String stockStatus, Instant addedAt) {

    static WishlistItemView of(ProductSummary p, Instant addedAt) {
        return new WishlistItemView(p.id(), p.name(), p.slug(), p.price(), p.currency(), p.imageUrl(),
                p.stockStatus(), addedAt);
    }
}
