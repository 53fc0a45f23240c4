package dev.comptoir.inventory;

import dev.comptoir.catalog.CatalogService;
import dev.comptoir.catalog.SkuView;
import dev.comptoir.catalog.StockQuery;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.web.PageResponse;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff changes to stock. Every change goes through the catalog's atomic stock operations, whose
 * {@code StockChanged} the ledger records in the same transaction, so stock stays the sum of movements.
 */
@Service
class StockAdmin {

    private final CatalogService catalog;
    private final MovementLog log;

    StockAdmin(CatalogService catalog, MovementLog log) {
        this.catalog = catalog;
        this.log = log;
    }

    record StockLevel(String sku, String name, java.util.UUID productId, java.util.UUID variantId, int stock,
            String stockStatus, boolean active) {

        static StockLevel of(SkuView s) {
            String status = s.stock() == 0 ? "out_of_stock" : s.stock() <= 10 ? "low_stock" : "in_stock";
            return new StockLevel(s.sku(), s.name(), s.productId(), s.variantId(), s.stock(), status, s.active());
        }
    }

    @Transactional(readOnly = true)
    PageResponse<StockLevel> levels(String q, Integer maxStock, int page, int limit) {
        PageResponse<SkuView> found = catalog.stockLevels(new StockQuery(q, maxStock, page, limit));
        return new PageResponse<>(found.data().stream().map(StockLevel::of).toList(), found.pagination());
    }

    @Transactional
    Movement adjust(AdjustmentRequest request, String actor) {
        String sku = request.sku().trim();
        int delta = request.delta();
        if (delta == 0) {
            throw new BadRequestException("invalid_data", "Invalid request: delta must not be zero",
                    Map.of("errors", dev.comptoir.shared.error.Problems.FieldProblem.single("delta",
                            "must not be zero")));
        }
        SkuView current = catalog.findSku(sku).orElseThrow(() -> new NotFoundException("sku_not_found",
                "No product or variant sells the SKU '" + sku + "'"));
        if (delta > 0) {
            catalog.incrementStock(sku, delta, request.reason(), null, actor);
        } else if (!catalog.tryDecrementStock(sku, -delta, request.reason(), null, actor)) {
            int available = catalog.findSku(sku).map(SkuView::stock).orElse(current.stock());
            throw new ConflictException("insufficient_stock", "Only " + available + " left of " + sku
                    + ": removing " + -delta + " would go below zero",
                    Map.of("sku", sku, "available", available, "requested", -delta));
        }
        return log.latest(sku, request.note() == null || request.note().isBlank() ? null : request.note().trim());
    }
}
