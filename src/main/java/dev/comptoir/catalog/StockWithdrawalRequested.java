package dev.comptoir.catalog;

import java.util.UUID;

/**
 * A variant is deleted: inventory keeps on hand only what outstanding orders hold (so they can still
 * ship) and writes the rest off at every location. Synchronous, inside the deletion's transaction.
 */
public record StockWithdrawalRequested(String sku, UUID productId, UUID variantId, String actor) {}
