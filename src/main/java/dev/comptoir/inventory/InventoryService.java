package dev.comptoir.inventory;

import dev.comptoir.catalog.CatalogService;
import dev.comptoir.catalog.SkuView;
import dev.comptoir.catalog.StockChanged;
import dev.comptoir.shared.error.ConflictException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock for orders. {@link #take} runs inside the checkout transaction: every line is one
 * conditional UPDATE, taken in SKU order so that two checkouts never lock the same rows in opposite
 * orders; the first short line throws and the whole checkout rolls back.
 */
@Service
public class InventoryService {

    private final CatalogService catalog;

    InventoryService(CatalogService catalog) {
        this.catalog = catalog;
    }

    public record StockLine(String sku, int quantity) {}

    @Transactional(propagation = Propagation.MANDATORY)
    public void take(UUID orderId, List<StockLine> lines, String actor) {
        for (StockLine line : merged(lines)) {
            if (!catalog.tryDecrementStock(line.sku(), line.quantity(), StockChanged.SALE, orderId, actor)) {
                int available = catalog.findSku(line.sku()).map(SkuView::stock).orElse(0);
                throw new ConflictException("insufficient_stock",
                        "Only " + available + " left of " + line.sku(),
                        Map.of("sku", line.sku(), "available", available, "requested", line.quantity()));
            }
        }
    }

    /** Puts an order's units back (cancellation, expiry) — in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void putBack(UUID orderId, List<StockLine> lines, String reason, String actor) {
        for (StockLine line : merged(lines)) {
            catalog.incrementStock(line.sku(), line.quantity(), reason, orderId, actor);
        }
    }

    private static List<StockLine> merged(List<StockLine> lines) {
        Map<String, Integer> bySku = new LinkedHashMap<>();
        lines.forEach(l -> bySku.merge(l.sku(), l.quantity(), Integer::sum));
        return bySku.entrySet().stream().map(e -> new StockLine(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(StockLine::sku)).toList();
    }
}
