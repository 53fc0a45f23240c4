package dev.comptoir.catalog;

import java.util.UUID;

/**
 * Staff created, edited or deleted a product (its variants and images included): what integrators
 * are told ({@code product.created|updated|deleted}). {@link ProductChanged} is the broader signal
 * for caches and search, also sent by ratings, translations and stock.
 */
public record ProductEdited(UUID productId, String sku, String change) {

    public static final String CREATED = "created";
    public static final String UPDATED = "updated";
    public static final String DELETED = "deleted";
}
