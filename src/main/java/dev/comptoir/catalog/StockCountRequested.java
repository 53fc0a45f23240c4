package dev.comptoir.catalog;

import java.util.List;
import java.util.UUID;

/**
 * A product write carrying {@code stock} (create, PUT, PATCH, variants, demo data) asks inventory to set
 * each SKU's on-hand at the default location. Published synchronously inside the product write's
 * transaction, so the count commits or rolls back with it (and a refusal rolls the write back).
 */
public record StockCountRequested(List<Count> counts, String reason, String actor) {

    public record Count(String sku, UUID productId, UUID variantId, int onHand) {}

    public static StockCountRequested of(String sku, UUID productId, UUID variantId, int onHand, String reason,
            String actor) {
        return new StockCountRequested(List.of(new Count(sku, productId, variantId, onHand)), reason, actor);
    }
}
