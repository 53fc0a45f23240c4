package dev.comptoir.customers.wishlist;

import dev.comptoir.catalog.ProductSummary;
import dev.comptoir.catalog.TranslatedName;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A wishlist entry with the product as it is now: name and slug in the reader's language, current
 * price, first image, stock status.
 */
record WishlistItemView(UUID productId, String name, String slug, BigDecimal price, String currency,
        String imageUrl, String stockStatus, Instant addedAt) {

    /** {@code name}: the product's translated name and slug, null when it has none in the reader's languages. */
    static WishlistItemView of(ProductSummary p, TranslatedName name, Instant addedAt) {
        return new WishlistItemView(p.id(), name == null ? p.name() : name.nameOr(p.name()),
                name == null ? p.slug() : name.slugOr(p.slug()), p.price(), p.currency(), p.imageUrl(),
                p.stockStatus(), addedAt);
    }
}
