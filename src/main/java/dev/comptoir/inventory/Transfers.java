package dev.comptoir.inventory;

import dev.comptoir.catalog.CatalogService;
import dev.comptoir.catalog.SkuView;
import dev.comptoir.inventory.LevelWriter.Cause;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock moved between locations: two ledger lines ({@code transfer}, −q at the source, +q at the
 * destination) in one transaction, conditional on the units being available (not reserved) at the source.
 */
@Service
class Transfers {

    private final CatalogService catalog;
    private final LevelWriter levels;
    private final InventoryService inventory;

    Transfers(CatalogService catalog, LevelWriter levels, InventoryService inventory) {
        this.catalog = catalog;
        this.levels = levels;
        this.inventory = inventory;
    }

    record Transfer(String sku, String from, String to, int quantity, String note, List<Movement> movements) {}

    @Transactional
    Transfer transfer(TransferRequest request, String actor) {
        String sku = request.sku().trim();
        String from = request.from().trim();
        String to = request.to().trim();
        if (from.equals(to)) {
            throw new BadRequestException("same_location", "A transfer moves stock between two different locations");
        }
        SkuView known = catalog.findSku(sku).orElseThrow(() -> new NotFoundException("sku_not_found",
                "No product or variant sells the SKU '" + sku + "'"));
        inventory.requireLocation(from);
        inventory.requireLocation(to);
        Levels locked = levels.lockCreating(List.of(sku), List.of(inventory.newLevel(known, to)));
        int available = locked.at(sku, from).map(Level::available).orElse(0);
        if (available < request.quantity()) {
            throw LevelWriter.insufficient(sku, available, request.quantity());
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
        List<Movement> moved = levels.apply(locked, List.of(
                new LevelChange(sku, from, -request.quantity(), 0, LevelChange.TRANSFER),
                new LevelChange(sku, to, request.quantity(), 0, LevelChange.TRANSFER)),
                new Cause(null, actor, note, false), LevelChange.TRANSFER);
        return new Transfer(sku, from, to, request.quantity(), note, moved);
    }
}
