package dev.comptoir.catalog;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A product's price as a storefront read in a market shows it to its reader (module catalog's product
 * detail): {@code price} as displayed (tax-inclusive in such a market), a price list's when one applies,
 * and {@code compareAtPrice}, the displayed price it beats when on sale (else null).
 */
public record MarketPrice(String currency, BigDecimal price, @Nullable BigDecimal compareAtPrice) {}
