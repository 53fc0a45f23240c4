package dev.comptoir.inventory;

import dev.comptoir.catalog.CatalogService;
import dev.comptoir.catalog.SkuView;
import dev.comptoir.inventory.LevelWriter.Cause;
import dev.comptoir.inventory.LevelWriter.NewLevel;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.error.ConflictException;
import java.util.ArrayList;
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
 * leaves a location, {@link #receive} when returned goods come back. Every call locks the level rows of
 * its SKUs in (SKU, location) order first, so two orders never lock the same rows in opposite orders; a
 * short line throws {@code insufficient_stock} and the caller's transaction rolls back. Orders placed
 * before V24 took their stock on hand at checkout (sale lines, no reservation): they hold nothing.
 */
@Service
public class InventoryService {

    /** The default location: where product writes count stock, and where units no reservation places come from or go back to. */
    public static final String MAIN = "main";

    private final LevelWriter levels;
    private final CatalogService catalog;
    private final JdbcTemplate jdbc;

    InventoryService(LevelWriter levels, CatalogService catalog, JdbcTemplate jdbc) {
        this.levels = levels;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    public record StockLine(String sku, int quantity) {}

    /** Units of an order held at one location until they ship or are released. */
    public record Reservation(String sku, String location, int quantity) {}

    /** Reserves an order's lines at the locations the allocation strategy picks; returns where. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Reservation> reserve(UUID orderId, List<StockLine> lines, String actor) {
        List<StockLine> merged = merged(lines);
        List<String> skus = merged.stream().map(StockLine::sku).toList();
        Levels locked = levels.lock(skus);
        List<Reservation> planned;
        try {
            planned = Allocation.plan(merged, locked);
        } catch (ConflictException shortOfStock) {
            // a level row that a transfer created and committed while this statement waited for the locks
            // is not in its snapshot; a second read sees it, and no other can appear while these rows are held
            locked = levels.lock(skus);
            planned = Allocation.plan(merged, locked);
        }
        levels.apply(locked, planned.stream().map(r -> new LevelChange(r.sku(), r.location(), 0, r.quantity(),
                LevelChange.RESERVATION)).toList(), new Cause(orderId, actor, null, true), LevelChange.RESERVATION);
        return planned;
    }

    /** Releases every unit the order still holds (cancellation, expiry). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(UUID orderId, String reason, String actor) {
        List<Reservation> held = jdbc.query("DELETE FROM stock_reservations WHERE order_id = ? "
                + "RETURNING sku, location_code, quantity", InventoryService::reservation, orderId);
        List<LevelChange> changes = new ArrayList<>();
        held.forEach(r -> changes.add(new LevelChange(r.sku(), r.location(), 0, -r.quantity(),
                LevelChange.CANCELLATION)));
        if (held.isEmpty() && isLegacy(orderId)) {
            // taken on hand at checkout before V24 (at what became main): put back on hand there
            jdbc.query("SELECT sku, -sum(delta) FROM stock_movements WHERE order_id = ? GROUP BY sku "
                    + "HAVING -sum(delta) > 0 ORDER BY sku", (rs, i) -> new LevelChange(rs.getString(1), MAIN,
                    rs.getInt(2), 0, LevelChange.CANCELLATION), orderId).forEach(changes::add);
        }
        if (changes.isEmpty()) {
            return;
        }
        List<String> skus = changes.stream().map(LevelChange::sku).distinct().toList();
        // a reservation always has its level; a legacy order's main level may be missing
        Levels locked = !held.isEmpty() ? levels.lock(skus) : levels.lockCreating(skus,
                changes.stream().map(c -> newLevel(c.sku(), c.location(), null)).toList());
        levels.apply(locked, changes, new Cause(orderId, actor, null, false), LevelChange.CANCELLATION);
    }

    /**
     * A parcel leaves {@code location}: the order's reserved units there become a sale; units it holds
     * elsewhere (or not at all) are first reserved here, if here has them available (else
     * {@code insufficient_stock}), and released where they were.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void ship(UUID orderId, String location, List<StockLine> lines, String actor) {
        requireLocation(location);
        if (isLegacy(orderId)) {
            return;
        }
        List<StockLine> merged = merged(lines);
        Levels locked = levels.lockCreating(merged.stream().map(StockLine::sku).toList(),
                merged.stream().map(l -> newLevel(l.sku(), location, null)).toList());
        Map<String, Integer> held = new LinkedHashMap<>();
        jdbc.query("SELECT sku, location_code, quantity FROM stock_reservations WHERE order_id = ? "
                        + "ORDER BY sku, location_code FOR UPDATE", InventoryService::reservation, orderId)
                .forEach(r -> held.put(r.sku() + "\u0000" + r.location(), r.quantity()));
        Map<String, Integer> before = Map.copyOf(held);
        List<LevelChange> moves = new ArrayList<>();
        List<LevelChange> sales = new ArrayList<>();
        for (StockLine line : merged) {
            String here = line.sku() + "\u0000" + location;
            int fromHere = Math.min(line.quantity(), held.getOrDefault(here, 0));
            int missing = line.quantity() - fromHere;
            if (missing > 0) {
                int available = locked.at(line.sku(), location).map(Level::available).orElse(0);
                if (available < missing) {
                    throw LevelWriter.insufficient(line.sku(), available, missing);
                }
                moves.add(new LevelChange(line.sku(), location, 0, missing, LevelChange.RESERVATION));
                // release what the order holds elsewhere, in location order, up to what moved here
                int toRelease = missing;
                for (Level other : locked.of(line.sku())) {
                    String key = line.sku() + "\u0000" + other.location();
                    int there = other.location().equals(location) ? 0 : held.getOrDefault(key, 0);
                    int released = Math.min(toRelease, there);
                    if (released > 0) {
                        moves.add(new LevelChange(line.sku(), other.location(), 0, -released,
                                LevelChange.RESERVATION));
                        held.merge(key, -released, Integer::sum);
                        toRelease -= released;
                    }
                }
            }
            held.merge(here, -fromHere, Integer::sum);
            sales.add(new LevelChange(line.sku(), location, -line.quantity(), -line.quantity(), LevelChange.SALE));
        }
        List<LevelChange> changes = new ArrayList<>(moves);
        changes.addAll(sales);
        levels.apply(locked, changes, new Cause(orderId, actor, null, false), LevelChange.SALE);
        List<Object[]> kept = new ArrayList<>();
        List<Object[]> gone = new ArrayList<>();
        held.forEach((key, quantity) -> {
            if (quantity.equals(before.get(key))) {
                return;
            }
            String[] parts = key.split("\u0000");
            (quantity > 0 ? kept : gone).add(quantity > 0 ? new Object[] {quantity, orderId, parts[0], parts[1]}
                    : new Object[] {orderId, parts[0], parts[1]});
        });
        jdbc.batchUpdate("UPDATE stock_reservations SET quantity = ? WHERE order_id = ? AND sku = ? "
                + "AND location_code = ?", kept);
        jdbc.batchUpdate("DELETE FROM stock_reservations WHERE order_id = ? AND sku = ? AND location_code = ?", gone);
    }

    /** Returned goods arrive at {@code location}: resellable ones go back on hand, damaged ones are written off. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void receive(UUID orderId, String location, StockLine line, boolean resellable, String actor) {
        requireLocation(location);
        Levels locked = levels.lockCreating(List.of(line.sku()), List.of(newLevel(line.sku(), location, null)));
        List<LevelChange> changes = new ArrayList<>();
        changes.add(new LevelChange(line.sku(), location, line.quantity(), 0, LevelChange.RETURN));
        if (!resellable) {
            changes.add(new LevelChange(line.sku(), location, -line.quantity(), 0, LevelChange.WRITE_OFF));
        }
        levels.apply(locked, changes, new Cause(orderId, actor, null, false), LevelChange.RETURN);
    }

    /** The units the order still holds, by SKU and location. */
    @Transactional(readOnly = true)
    public List<Reservation> reservations(UUID orderId) {
        return jdbc.query("SELECT sku, location_code, quantity FROM stock_reservations WHERE order_id = ? "
                + "ORDER BY sku, location_code", InventoryService::reservation, orderId);
    }

    /** For other modules naming a location (parcels, returns): 404 {@code location_not_found} when unknown. */
    @Transactional(readOnly = true)
    public void requireLocation(String code) {
        if (code == null || !Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM stock_locations WHERE code = ?)", Boolean.class, code))) {
            throw StockLocations.notFound(code);
        }
    }

    /** Before V24 checkout took stock on hand (sale lines); since, it reserves first. */
    private boolean isLegacy(UUID orderId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM stock_movements WHERE order_id = ? AND reason = 'sale')
                   AND NOT EXISTS (SELECT 1 FROM stock_movements WHERE order_id = ? AND reason = 'reservation')""",
                Boolean.class, orderId, orderId));
    }

    /** The level row a change may need, with its SKU's ids (from its other levels, else the catalog). */
    private NewLevel newLevel(String sku, String location, SkuView known) {
        List<Object[]> ids = jdbc.query("SELECT product_id, variant_id FROM stock_levels WHERE sku = ? LIMIT 1",
                (rs, i) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}, sku);
        if (!ids.isEmpty()) {
            return new NewLevel(sku, location, (UUID) ids.get(0)[0], (UUID) ids.get(0)[1]);
        }
        SkuView view = known != null ? known : catalog.findSku(sku).orElseThrow(() -> new NotFoundException(
                "sku_not_found", "No product or variant sells the SKU '" + sku + "'"));
        return new NewLevel(sku, location, view.productId(), view.variantId());
    }

    NewLevel newLevel(SkuView sku, String location) {
        return newLevel(sku.sku(), location, sku);
    }

    private static Reservation reservation(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Reservation(rs.getString(1), rs.getString(2), rs.getInt(3));
    }

    static List<StockLine> merged(List<StockLine> lines) {
        Map<String, Integer> bySku = new LinkedHashMap<>();
        lines.forEach(l -> bySku.merge(l.sku(), l.quantity(), Integer::sum));
        return bySku.entrySet().stream().map(e -> new StockLine(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(StockLine::sku)).toList();
    }
}
