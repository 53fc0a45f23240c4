package dev.comptoir.catalog;

import java.util.UUID;

/**
 * What the storefront may sell of a SKU: the available units over the active stock locations. Written by
 * the SKU's product and variant ids (a SKU being renamed in the same transaction still finds its row).
 */
public record SkuAvailable(String sku, UUID productId, UUID variantId, int available) {}
