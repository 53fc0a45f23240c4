package dev.comptoir.inventory;

import dev.comptoir.catalog.StockChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes one ledger row per {@link StockChanged}. A plain synchronous listener on purpose: it runs
 * inside the transaction that moved the stock, so the row and the stock commit or roll back together.
 */
@Component
class StockLedger {

    private final JdbcTemplate jdbc;

    StockLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(StockChanged event) {
        jdbc.update("""
                INSERT INTO stock_movements (sku, product_id, variant_id, delta, stock_after, reason, order_id, actor)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                event.sku(), event.productId(), event.variantId(), event.delta(), event.newStock(), event.reason(),
                event.orderId(), event.actor());
    }
}
