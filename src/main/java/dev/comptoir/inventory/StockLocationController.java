package dev.comptoir.inventory;

import dev.comptoir.shared.openapi.ErrorCodes;
import dev.comptoir.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/admin/stock-locations}: the warehouses and shops stock is held at. */
@Tag(name = "Admin: stock locations", description = "Where stock is held (inventory:manage)")
@RestController
@RequestMapping("/api/admin/stock-locations")
@PreAuthorize("hasAuthority('inventory:manage')")
class StockLocationController {

    private final StockLocations locations;

    StockLocationController(StockLocations locations) {
        this.locations = locations;
    }

    @Operation(operationId = "listStockLocations", summary = "Stock locations",
            description = "Every stock location, by priority (lower sells first) then code. Needs inventory:manage.")
    @GetMapping
    List<StockLocation> list() {
        return locations.list();
    }

    @Operation(operationId = "createStockLocation", summary = "Create a stock location",
            description = "A location with a code (lower-case letters, digits, '-'), a name, an optional address, a "
            + "priority (default 0; lower goes first at checkout) and active (default true). Needs "
            + "inventory:manage.")
    @ApiResponse(responseCode = "201", description = "The created location", useReturnTypeSchema = true)
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "location_exists")
    @PostMapping
    ResponseEntity<StockLocation> create(@Valid @RequestBody LocationRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(locations.create(request));
    }

    @Operation(operationId = "replaceStockLocation", summary = "Replace a stock location",
            description = "Replaces a location's name, address, priority and active flag (its code stays; `code` may "
            + "be left out). An inactive location keeps its stock but sells nothing: (de)activating one changes "
            + "the storefront stock of its SKUs at once. Needs inventory:manage.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "location_not_found")
    @PutMapping("/{code}")
    StockLocation replace(@PathVariable String code, @Valid @RequestBody LocationRequest request) {
        return locations.update(code, request, CurrentUser.actor());
    }

    @Operation(operationId = "deleteStockLocation", summary = "Delete a stock location",
            description = "Deletes a location with nothing on hand or reserved there (its ledger stays). The default "
            + "location main cannot be deleted. Needs inventory:manage.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "location_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = {"location_not_empty", "default_location"})
    @DeleteMapping("/{code}")
    ResponseEntity<Void> delete(@PathVariable String code) {
        locations.delete(code);
        return ResponseEntity.noContent().build();
    }
}
