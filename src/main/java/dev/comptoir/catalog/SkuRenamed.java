package dev.comptoir.catalog;

/**
 * A product or variant changed SKU: inventory moves its levels, reservations and ledger to the new one.
 * Synchronous, inside the product write's transaction (the old SKU is never handed out again).
 */
public record SkuRenamed(String from, String to) {}
