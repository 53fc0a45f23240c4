package dev.comptoir.catalog.product;

import dev.comptoir.catalog.StockChanged;
import dev.comptoir.catalog.StockStatusChanged;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.NotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only writer of stock after creation. Each change is one conditional SQL statement (no
 * read-then-write), so stock never goes below zero under any concurrency, and each change publishes
 * {@link StockChanged} in the same transaction. A variant SKU lives in product_variants; a product
 * SKU is sellable only while the product has no variants.
 */
@Component
public class StockKeeper {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    StockKeeper(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    private record Moved(UUID productId, UUID variantId, int newStock) {}

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean tryDecrement(String sku, int quantity, String reason, UUID orderId, String actor) {
        positive(quantity);
        // one statement for both places a SKU can live (SKUs are unique across them): one round trip
        Optional<Moved> moved = first(jdbc.query("""
                WITH variant AS (
                    UPDATE product_variants SET stock = stock - ? WHERE sku = ? AND stock >= ?
                    RETURNING product_id, id, stock),
                product AS (
                    UPDATE products p SET stock = p.stock - ? WHERE p.sku = ? AND p.stock >= ?
                      AND NOT EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id)
                    RETURNING p.id AS product_id, NULL::uuid AS id, p.stock)
                SELECT product_id, id, stock FROM variant UNION ALL SELECT product_id, id, stock FROM product""",
                (rs, i) -> new Moved(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3)),
                quantity, sku, quantity, quantity, sku, quantity));
        moved.ifPresent(m -> publish(sku, m, -quantity, reason, orderId, actor));
        return moved.isPresent();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int increment(String sku, int quantity, String reason, UUID orderId, String actor) {
        positive(quantity);
        Optional<Moved> moved = first(jdbc.query(
                "UPDATE product_variants SET stock = stock + ? WHERE sku = ? RETURNING product_id, id, stock",
                (rs, i) -> new Moved(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3)),
                quantity, sku));
        if (moved.isEmpty()) {
            moved = first(jdbc.query("UPDATE products SET stock = stock + ? WHERE sku = ? RETURNING id, stock",
                    (rs, i) -> new Moved(rs.getObject(1, UUID.class), null, rs.getInt(2)), quantity, sku));
        }
        Moved m = moved.orElseThrow(() -> unknown(sku));
        publish(sku, m, quantity, reason, orderId, actor);
        return m.newStock();
    }

    /** Sets a SKU's stock to {@code newStock}; returns the delta applied (0 publishes nothing). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int set(String sku, int newStock, String reason, String actor) {
        List<Object[]> variant = jdbc.query("SELECT id, product_id FROM product_variants WHERE sku = ?",
                (rs, i) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}, sku);
        if (!variant.isEmpty()) {
            return setVariant((UUID) variant.get(0)[0], newStock, reason, actor);
        }
        List<UUID> product = jdbc.queryForList("SELECT id FROM products WHERE sku = ?", UUID.class, sku);
        if (product.isEmpty()) {
            throw unknown(sku);
        }
        return setProduct(product.get(0), newStock, reason, actor);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int setVariant(UUID variantId, int newStock, String reason, String actor) {
        return write("product_variants", "product_id", variantId, newStock, reason, actor, true);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int setProduct(UUID productId, int newStock, String reason, String actor) {
        return write("products", "id", productId, newStock, reason, actor, false);
    }

    /** Announces the stock a SKU was created with, so that a ledger starts from it. */
    void created(String sku, UUID productId, UUID variantId, int stock, String actor) {
        if (stock > 0) {
            events.publishEvent(new StockChanged(sku, productId, variantId, stock, stock, StockChanged.RESTOCK,
                    null, actor));
        }
    }

    private int write(String table, String productColumn, UUID id, int newStock, String reason, String actor,
            boolean variant) {
        if (newStock < 0) {
            throw new BadRequestException("invalid_quantity", "Stock cannot be negative");
        }
        // the row lock makes the read of the old value and the write one step
        List<Object[]> old = jdbc.query("SELECT sku, stock, " + productColumn + " FROM " + table
                        + " WHERE id = ? FOR UPDATE",
                (rs, i) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getObject(3, UUID.class)}, id);
        if (old.isEmpty()) {
            throw new NotFoundException(variant ? "variant_not_found" : "product_not_found", "No such SKU owner");
        }
        String sku = (String) old.get(0)[0];
        int delta = newStock - (int) old.get(0)[1];
        if (delta != 0) {
            jdbc.update("UPDATE " + table + " SET stock = ? WHERE id = ?", newStock, id);
            UUID productId = (UUID) old.get(0)[2];
            publish(sku, new Moved(productId, variant ? id : null, newStock), delta, reason, null, actor);
        }
        return delta;
    }

    private void publish(String sku, Moved m, int delta, String reason, UUID orderId, String actor) {
        events.publishEvent(new StockChanged(sku, m.productId(), m.variantId(), delta, m.newStock(), reason, orderId,
                actor));
        String before = StockStatus.of(m.newStock() - delta);
        String after = StockStatus.of(m.newStock());
        if (!before.equals(after)) {
            events.publishEvent(new StockStatusChanged(sku, m.productId(), m.variantId(), before, after,
                    m.newStock()));
        }
    }

    private static <T> Optional<T> first(List<T> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private static void positive(int quantity) {
        if (quantity <= 0) {
            throw new BadRequestException("invalid_quantity", "Quantity must be positive");
        }
    }

    private static NotFoundException unknown(String sku) {
        return new NotFoundException("sku_not_found", "No product or variant has the SKU '" + sku + "'");
    }
}
