package dev.comptoir.customers.wishlist;

import dev.comptoir.catalog.MarketPrice;
import dev.comptoir.catalog.ProductSummary;
import dev.comptoir.catalog.TranslatedName;
import dev.comptoir.markets.Market;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A wishlist entry with the product as it is now in the request's market: name and slug in the reader's
 * language, price as the product detail shows it there to the customer (price lists applied;
 * {@code compareAtPrice} the price a sale beats), first image, stock status. A product not sold in the
 * market (no price in its currency) has a null {@code price} and the stock status
 * {@value #NOT_SOLD_IN_MARKET}.
 */
record WishlistItemView(UUID productId, String name, String slug, @Nullable BigDecimal price,
        @Nullable BigDecimal compareAtPrice, String currency, String imageUrl, String stockStatus, Instant addedAt) {

    static final String NOT_SOLD_IN_MARKET = "not_sold_in_market";

    /** {@code name}: the product's translated name and slug, null when it has none in the reader's languages. */
    static WishlistItemView of(ProductSummary p, TranslatedName name, @Nullable MarketPrice price, Market market,
            Instant addedAt) {
        return new WishlistItemView(p.id(), name == null ? p.name() : name.nameOr(p.name()),
                name == null ? p.slug() : name.slugOr(p.slug()), price == null ? null : price.price(),
                price == null ? null : price.compareAtPrice(), market.currency(), p.imageUrl(),
                price == null ? NOT_SOLD_IN_MARKET : p.stockStatus(), addedAt);
    }
}
