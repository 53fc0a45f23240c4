package dev.comptoir.catalog;

/**
 * Which sellable SKUs to list with their stock: {@code q} matches SKU or name (any case),
 * {@code sku} keeps that SKU only, {@code maxStock} keeps SKUs with at most that many units; null means no filter. {@code page} from 1.
 */
public record StockQuery(String q, String sku, Integer maxStock, int page, int limit) {
    public StockQuery(String q, Integer maxStock, int page, int limit) {
        this(q, null, maxStock, page, limit);
    }
}
