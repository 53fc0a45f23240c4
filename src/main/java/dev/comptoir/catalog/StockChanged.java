package dev.comptoir.catalog;

import java.util.UUID;

/**
 * A SKU's stock moved by {@code delta} to {@code newStock}. Published synchronously inside the
 * transaction that changed it, so a ledger written by a listener commits or rolls back with it.
 * {@code variantId} is null for a product-level SKU; {@code orderId} and {@code actor} may be null.
 */
public record StockChanged(String sku, UUID productId, UUID variantId, int delta, int newStock, String reason,
        UUID orderId, String actor) {

    public static final String SALE = "sale";
    public static final String CANCELLATION = "cancellation";
    public static final String ADJUSTMENT = "adjustment";
    public static final String RETURN = "return";
    public static final String RESTOCK = "restock";
}
