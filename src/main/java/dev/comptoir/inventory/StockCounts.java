package dev.comptoir.inventory;

import dev.comptoir.catalog.SkuRenamed;
import dev.comptoir.catalog.StockCountRequested;
import dev.comptoir.catalog.StockWithdrawalRequested;
import dev.comptoir.inventory.LevelWriter.Cause;
import dev.comptoir.inventory.LevelWriter.NewLevel;
import dev.comptoir.shared.error.ConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What product writes ask of inventory (ADR 0012), heard synchronously inside their transaction: a
 * {@code stock} sets the on-hand at the default location; a deleted variant keeps on hand only what
 * orders hold; a renamed SKU takes its levels, reservations and ledger along.
 */
@Component
class StockCounts {

    private final LevelWriter levels;
    private final JdbcTemplate jdbc;

    StockCounts(LevelWriter levels, JdbcTemplate jdbc) {
        this.levels = levels;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(StockCountRequested event) {
        List<String> skus = event.counts().stream().map(StockCountRequested.Count::sku).toList();
        Levels locked = levels.lockCreating(skus, event.counts().stream()
                .map(c -> new NewLevel(c.sku(), InventoryService.MAIN, c.productId(), c.variantId())).toList());
        List<LevelChange> changes = new ArrayList<>();
        for (StockCountRequested.Count count : event.counts()) {
            Level main = locked.at(count.sku(), InventoryService.MAIN).orElseThrow();
            if (count.onHand() < main.reserved()) {
                throw new ConflictException("insufficient_stock", main.reserved() + " units of " + count.sku()
                        + " are reserved by orders at " + InventoryService.MAIN + ": its stock there cannot go below",
                        Map.of("sku", count.sku(), "available", main.available(), "reserved", main.reserved()));
            }
            if (count.onHand() != main.onHand()) {
                changes.add(new LevelChange(count.sku(), InventoryService.MAIN, count.onHand() - main.onHand(), 0,
                        event.reason()));
            }
        }
        if (!changes.isEmpty()) {
            levels.apply(locked, changes, Cause.of(event.actor()), event.reason());
        }
    }

    @EventListener
    void on(StockWithdrawalRequested event) {
        Levels locked = levels.lock(List.of(event.sku()));
        List<LevelChange> changes = locked.of(event.sku()).stream().filter(l -> l.available() > 0)
                .map(l -> new LevelChange(l.sku(), l.location(), -l.available(), 0, LevelChange.ADJUSTMENT)).toList();
        if (!changes.isEmpty()) {
            levels.apply(locked, changes, Cause.of(event.actor()), LevelChange.ADJUSTMENT);
        }
    }

    @EventListener
    void on(SkuRenamed event) {
        levels.lock(List.of(event.from()));
        jdbc.update("UPDATE stock_levels SET sku = ? WHERE sku = ?", event.to(), event.from());
        jdbc.update("UPDATE stock_reservations SET sku = ? WHERE sku = ?", event.to(), event.from());
        jdbc.update("UPDATE stock_movements SET sku = ? WHERE sku = ?", event.to(), event.from());
    }
}
