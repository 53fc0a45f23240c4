package dev.comptoir.inventory;

import dev.comptoir.catalog.CatalogService;
import dev.comptoir.catalog.SkuView;
import dev.comptoir.catalog.StockQuery;
import dev.comptoir.inventory.LevelWriter.Cause;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.error.Problems.FieldProblem;
import dev.comptoir.shared.web.PageResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff reads and changes of stock levels: the list per SKU and location, and adjustments. */
@Service
class StockAdmin {

    private final CatalogService catalog;
    private final LevelWriter levels;
    private final InventoryService inventory;
    private final JdbcTemplate jdbc;

    StockAdmin(CatalogService catalog, LevelWriter levels, InventoryService inventory, JdbcTemplate jdbc) {
        this.catalog = catalog;
        this.levels = levels;
        this.inventory = inventory;
        this.jdbc = jdbc;
    }

    record LocationLevel(String location, int onHand, int reserved, int available) {}

    /** {@code stock} is what the storefront sells (available over active locations); the rest per location. */
    record StockLevel(String sku, String name, UUID productId, UUID variantId, int stock, String stockStatus,
            boolean active, int onHand, int reserved, int available, List<LocationLevel> locations) {

        static StockLevel of(SkuView s, List<LocationLevel> locations) {
            String status = s.stock() == 0 ? "out_of_stock" : s.stock() <= 10 ? "low_stock" : "in_stock";
            int onHand = locations.stream().mapToInt(LocationLevel::onHand).sum();
            int reserved = locations.stream().mapToInt(LocationLevel::reserved).sum();
            return new StockLevel(s.sku(), s.name(), s.productId(), s.variantId(), s.stock(), status, s.active(),
                    onHand, reserved, onHand - reserved, locations);
        }
    }

    @Transactional(readOnly = true)
    PageResponse<StockLevel> levels(String q, String sku, String location, Integer maxStock, int page, int limit) {
        if (location != null) {
            inventory.requireLocation(location);
        }
        PageResponse<SkuView> found = catalog.stockLevels(new StockQuery(q, sku, maxStock, page, limit));
        Map<String, List<LocationLevel>> bySku = perLocation(found.data().stream().map(SkuView::sku).toList(),
                location);
        return new PageResponse<>(found.data().stream()
                .map(s -> StockLevel.of(s, bySku.getOrDefault(s.sku(), List.of()))).toList(), found.pagination());
    }

    /** The levels of {@code skus} by SKU, in location order; only {@code location}'s when given. */
    Map<String, List<LocationLevel>> perLocation(List<String> skus, String location) {
        Map<String, List<LocationLevel>> bySku = new HashMap<>();
        if (skus.isEmpty()) {
            return bySku;
        }
        jdbc.query("SELECT sku, location_code, on_hand, reserved FROM stock_levels WHERE sku = ANY (?) "
                        + "AND (CAST(? AS varchar) IS NULL OR location_code = ?) ORDER BY sku, location_code",
                (RowCallbackHandler) rs -> bySku.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new LocationLevel(rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(3) - rs.getInt(4))),
                skus.toArray(String[]::new), location, location);
        return bySku;
    }

    @Transactional
    Movement adjust(AdjustmentRequest request, String actor) {
        String sku = request.sku().trim();
        int delta = request.delta();
        if (delta == 0) {
            throw new BadRequestException("invalid_data", "Invalid request: delta must not be zero",
                    Map.of("errors", FieldProblem.single("delta", "must not be zero")));
        }
        String location = request.location() == null || request.location().isBlank() ? InventoryService.MAIN
                : request.location().trim();
        SkuView known = catalog.findSku(sku).orElseThrow(() -> new NotFoundException("sku_not_found",
                "No product or variant sells the SKU '" + sku + "'"));
        inventory.requireLocation(location);
        Levels locked = levels.lockCreating(List.of(sku), List.of(inventory.newLevel(known, location)));
        Level level = locked.at(sku, location).orElseThrow();
        if (delta < 0 && level.available() < -delta) {
            throw new ConflictException("insufficient_stock", "Only " + level.available() + " available of " + sku
                    + " at " + location + ": removing " + -delta + " would go below what orders hold",
                    Map.of("sku", sku, "available", level.available(), "requested", -delta));
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
        return levels.apply(locked, List.of(new LevelChange(sku, location, delta, 0, request.reason())),
                new Cause(null, actor, note, false), request.reason()).get(0);
    }
}
