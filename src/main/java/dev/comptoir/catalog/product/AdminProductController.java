package dev.comptoir.catalog.product;

import dev.comptoir.shared.openapi.ErrorCodes;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admin reads: inactive and soft-deleted products included. */
@RestController
@RequestMapping("/api/admin/products")
@Tag(name = "Products")
class AdminProductController {

    private final ProductReader reader;
    private final ProductAdminService admin;

    AdminProductController(ProductReader reader, ProductAdminService admin) {
        this.reader = reader;
        this.admin = admin;
    }

    /** {@code status}: all (default), active, inactive or deleted; {@code q}: part of the name or SKU. */
    @Operation(operationId = "listAdminProducts", summary = "Every product, for admins",
            description = "Products in any state (active, inactive, deleted), newest first, paged; `q` keeps those whose "
                    + "name or SKU contains it, ignoring case. Needs catalog:write.")
    @GetMapping
    @PreAuthorize("hasAuthority('catalog:write')")
    PageResponse<ProductResponse> list(@Valid PageQuery page, @Parameter(description = "which products (default all)",
            schema = @Schema(allowableValues = {"all", "active", "inactive", "deleted"})) @RequestParam(required = false) String status,
            @Parameter(description = "part of the name or SKU, any case")
                    @RequestParam(required = false) String q) {
        return reader.adminList(page.pageOrDefault(), page.limitOrDefault(), status, q);
    }

    @Operation(operationId = "getAdminProduct", summary = "One product in any state, for admins",
            description = "A product by id, inactive or deleted ones included. Needs catalog:write.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "product_not_found")
    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:write')")
    ProductResponse get(@PathVariable UUID id) {
        return reader.adminProduct(id);
    }

    @Operation(operationId = "restoreProduct", summary = "Restore a deleted product",
            description = "Undoes a soft delete: the product is back on the public routes and in search (when active), "
                    + "with its slug, SKU and stock. Needs catalog:write.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "product_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "product_not_deleted")
    @PostMapping("/{id}/restore")
    @PreAuthorize("hasAuthority('catalog:write')")
    ProductResponse restore(@PathVariable UUID id) {
        return admin.restore(id);
    }
}
