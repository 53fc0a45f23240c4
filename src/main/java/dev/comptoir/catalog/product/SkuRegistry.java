package dev.comptoir.catalog.product;

import dev.comptoir.shared.error.ConflictException;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reserves SKUs in {@code catalog_skus}, whose primary key makes a SKU unique across products and
 * variants. A concurrent insert of the same SKU waits for the first transaction and then finds the
 * conflict, so of two racing creates exactly one wins. A SKU may be re-claimed only by its owner.
 */
@Component
class SkuRegistry {

    private final JdbcTemplate jdbc;

    SkuRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Reserves {@code sku} for the product (variantId null) or variant, or throws 409 duplicate_sku. */
    void reserve(String sku, UUID productId, UUID variantId) {
        int rows = jdbc.update("""
                INSERT INTO catalog_skus (sku, product_id, variant_id) VALUES (?, ?, ?)
                ON CONFLICT (sku) DO UPDATE SET sku = EXCLUDED.sku
                WHERE catalog_skus.product_id = EXCLUDED.product_id
                  AND catalog_skus.variant_id IS NOT DISTINCT FROM EXCLUDED.variant_id""",
                sku, productId, variantId);
        if (rows == 0) {
            throw new ConflictException("duplicate_sku", "The SKU '" + sku + "' is already used", Map.of("sku", sku));
        }
    }
}
