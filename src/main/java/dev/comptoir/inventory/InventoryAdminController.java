package dev.comptoir.inventory;

import dev.comptoir.shared.openapi.ErrorCodes;
import dev.comptoir.shared.security.CurrentUser;
import dev.comptoir.shared.web.InstantParam;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/admin/inventory}: stock per SKU, adjustments, the movements ledger, CSV import/export. */
@Tag(name = "Admin: inventory", description = "Stock levels, adjustments and the ledger (inventory:manage)")
@RestController
@RequestMapping("/api/admin/inventory")
@PreAuthorize("hasAuthority('inventory:manage')")
class InventoryAdminController {

    static final String CSV = "text/csv";
    static final String REASONS = "sale|cancellation|adjustment|return|restock|reservation|transfer|write_off";
    private final StockAdmin stock;
    private final MovementLog movements;
    private final StockCsv csv;
    private final Transfers transfers;

    InventoryAdminController(StockAdmin stock, MovementLog movements, StockCsv csv, Transfers transfers) {
        this.stock = stock;
        this.movements = movements;
        this.csv = csv;
        this.transfers = transfers;
    }

    @Operation(operationId = "listStock", summary = "Stock levels",
            description = "Stock per sellable SKU, by SKU, paged: stock is what the storefront sells (available "
            + "over active locations), onHand/reserved/available are summed over the listed locations, each "
            + "in locations. lowStock=true keeps stock at most threshold (default 10), outOfStock=true keeps "
            + "stock 0, q matches SKU or name, sku is exact, location keeps that location's levels. Needs "
            + "inventory:manage.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "location_not_found")
    @GetMapping
    PageResponse<StockAdmin.StockLevel> list(@Valid PageQuery page, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean lowStock, @RequestParam(defaultValue = "10") int threshold,
            @RequestParam(defaultValue = "false") boolean outOfStock, @RequestParam(required = false) String sku,
            @RequestParam(required = false) String location) {
        if (threshold < 0 || threshold > 1_000_000) {
            throw InstantParam.invalid("threshold", "must be between 0 and 1000000");
        }
        Integer maxStock = outOfStock ? Integer.valueOf(0) : lowStock ? Integer.valueOf(threshold) : null;
        return stock.levels(q, sku, location, maxStock, page.pageOrDefault(), page.limitOrDefault());
    }

    @Operation(operationId = "adjustStock", summary = "Adjust a SKU's stock",
            description = "Changes a SKU's on-hand at a location (default main) by a signed delta (adjustment, "
            + "restock or return) and records the movement in the ledger; below what orders hold there is 409 "
            + "insufficient_stock. Needs inventory:manage.")
    @ApiResponse(responseCode = "201", description = "The recorded movement", useReturnTypeSchema = true)
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = "invalid_quantity")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = {"sku_not_found", "location_not_found"})
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "insufficient_stock")
    @PostMapping("/adjustments")
    ResponseEntity<Movement> adjust(@Valid @RequestBody AdjustmentRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(stock.adjust(request, actor()));
    }

    @Operation(operationId = "transferStock", summary = "Move stock between locations",
            description = "Moves quantity units of a SKU from one location to another, atomically: two transfer lines "
            + "in the ledger (out, then in). Only units available at the source (not reserved by orders) move: "
            + "409 insufficient_stock otherwise. Needs inventory:manage.")
    @ApiResponse(responseCode = "201", description = "The transfer and its two movements", useReturnTypeSchema = true)
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = "same_location")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = {"sku_not_found", "location_not_found"})
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "insufficient_stock")
    @PostMapping("/transfers")
    ResponseEntity<Transfers.Transfer> transfer(@Valid @RequestBody TransferRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(transfers.transfer(request, actor()));
    }

    @Operation(operationId = "listStockMovements", summary = "The stock ledger",
            description = "Stock movements newest first, paged; filters sku, location, reason, orderId, from/to. "
            + "Each line moves on hand by delta (to stockAfter) and reserved by reservedDelta (to "
            + "reservedAfter) at its location. Needs inventory:manage.")
    @GetMapping("/movements")
    PageResponse<Movement> movements(@Valid PageQuery page, @RequestParam(required = false) String sku,
            @RequestParam(required = false) String reason, @RequestParam(required = false) UUID orderId,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String location) {
        if (reason != null && !reason.matches(REASONS)) {
            throw InstantParam.invalid("reason", "must be one of " + REASONS.replace("|", ", "));
        }
        Instant start = InstantParam.start("from", from);
        Instant end = InstantParam.endExclusive("to", to);
        InstantParam.requireOrdered("from", start, "to", end);
        return movements.find(new MovementLog.Filter(sku, location, reason, orderId, start, end), page.pageOrDefault(),
                page.limitOrDefault());
    }

    @Operation(operationId = "exportStock", summary = "Stock levels as CSV",
            description = "Every sellable SKU as CSV, one line per location: sku,name,location,stock,reserved,"
            + "available, stock being the on-hand there (a text cell starting with = + - @ is written as text). "
            + "Needs inventory:manage.")
    @GetMapping(path = "/export", produces = CSV)
    ResponseEntity<String> export() {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"inventory.csv\"").body(csv.export());
    }

    @Operation(operationId = "importStock", summary = "Set stock levels from CSV",
            description = "Sets absolute on-hand stock from CSV (columns sku,stock and optionally location, default "
            + "main), sent as text/csv or as the `file` part of a multipart upload: all lines or none, errors by "
            + "line (a stock below what orders hold there is one). Needs inventory:manage.")
    @PostMapping(path = "/import", consumes = CSV)
    StockCsv.ImportSummary importCsv(@RequestBody(required = false) String body) {
        return csv.importLevels(body, actor());
    }

    @Operation(operationId = "importStock", summary = "Set stock levels from CSV",
            description = "Sets absolute on-hand stock from CSV (columns sku,stock and optionally location, default "
            + "main), sent as text/csv or as the `file` part of a multipart upload: all lines or none, errors by "
            + "line (a stock below what orders hold there is one). Needs inventory:manage.")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    StockCsv.ImportSummary importFile(@RequestPart("file") MultipartFile file) throws IOException {
        return csv.importLevels(new String(file.getBytes(), StandardCharsets.UTF_8), actor());
    }

    private static String actor() {
        return CurrentUser.actor();
    }
}
