package dev.comptoir.catalog;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A sellable SKU as checkout sees it: a variant, or a product without variants. {@code unitPrice}
 * is the variant's override or else the product's price, net, in {@code currency}; {@code name} is
 * "Product — Variant" for a variant. {@code active} is false for an inactive or deleted product, which
 * must not be sold. From a read in a currency ({@link CatalogService#findLineSkus(java.util.Collection, String)}),
 * {@code unitPrice} is null when the product has no price in it: it is not sold there.
 */
public record SkuView(String sku, UUID productId, UUID variantId, String name, @Nullable BigDecimal unitPrice,
        String currency, int stock, boolean active) {

    public boolean isVariant() {
        return variantId != null;
    }

    /** False when the SKU was read in a currency its product has no price in (not sold in that market). */
    public boolean isSoldInCurrency() {
        return unitPrice != null;
    }
}
