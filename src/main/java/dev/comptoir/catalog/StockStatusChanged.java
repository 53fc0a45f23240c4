package dev.comptoir.catalog;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A SKU's stock crossed a threshold ({@code in_stock}, {@code low_stock}, {@code out_of_stock}):
 * published with its {@link StockChanged}, only when the status changes, so that listeners outside
 * the transaction (the search index, later merchant webhooks) hear about it through the outbox
 * without a publication for every sale.
 */
public record StockStatusChanged(String sku, UUID productId, @Nullable UUID variantId, String from, String to, int stock) {}
