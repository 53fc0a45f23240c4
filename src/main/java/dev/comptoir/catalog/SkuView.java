package dev.comptoir.catalog;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A sellable SKU as checkout sees it: a variant, or a product without variants. {@code unitPrice}
 * is the variant's override or else the product's price; {@code name} is "Product — Variant" for a
 * variant. {@code active} is false for an inactive or deleted product, which must not be sold.
 */
public record SkuView(String sku, UUID productId, UUID variantId, String name, BigDecimal unitPrice,
        String currency, int stock, boolean active) {

    public boolean isVariant() {
        return variantId != null;
    }
}
