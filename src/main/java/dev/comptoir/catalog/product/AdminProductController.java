package dev.comptoir.catalog.product;

import dev.comptoir.shared.metadata.Metadata;
import dev.comptoir.shared.metadata.MetadataFilter;
import dev.comptoir.shared.metadata.MetadataFilters;
import dev.comptoir.shared.metadata.MetadataPatch;
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
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
                    + "name or SKU contains it, ignoring case; `metadata.<key>=<value>` and "
                    + "`privateMetadata.<key>=<value>` keep those whose metadata holds that value. Needs catalog:write.")
    @GetMapping
    @MetadataFilters
    @PreAuthorize("hasAuthority('catalog:write')")
    PageResponse<ProductResponse> list(@Valid PageQuery page, @Parameter(description = "which products (default all)",
            schema = @Schema(allowableValues = {"all", "active", "inactive", "deleted"})) @RequestParam(required = false) String status,
            @Parameter(description = "part of the name or SKU, any case")
                    @RequestParam(required = false) String q, MetadataFilter metadata) {
        return reader.adminList(page.pageOrDefault(), page.limitOrDefault(), status, q, metadata);
    }

    @Operation(operationId = "getAdminProduct", summary = "One product in any state, for admins",
            description = "A product by id, inactive or deleted ones included. Needs catalog:write.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "product_not_found")
    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:write')")
    ProductResponse get(@PathVariable UUID id) {
        return reader.adminProduct(id);
    }

    @Operation(operationId = "patchProductMetadata", summary = "Merge a product's metadata",
            description = "Merges the top-level keys sent into the product's `metadata` (public, shown to storefronts) "
                    + "and `privateMetadata` (staff only); a null value removes its key, a field left out is kept. "
                    + "Concurrent patches of different keys all apply. Answers both fields as stored. The product "
                    + "counts as updated (product.updated). Needs catalog:write.")
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = "invalid_metadata")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "product_not_found")
    @PatchMapping("/{id}/metadata")
    @PreAuthorize("hasAuthority('catalog:write')")
    Metadata patchMetadata(@PathVariable UUID id, @RequestBody MetadataPatch patch) {
        return admin.patchMetadata(id, patch);
    }

    @Operation(operationId = "patchProductVariantMetadata", summary = "Merge a variant's metadata",
            description = "As for a product, on one of its variants; the product counts as updated (product.updated). "
                    + "Needs catalog:write.")
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = "invalid_metadata")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = {"product_not_found", "variant_not_found"})
    @PatchMapping("/{id}/variants/{variantId}/metadata")
    @PreAuthorize("hasAuthority('catalog:write')")
    Metadata patchVariantMetadata(@PathVariable UUID id, @PathVariable UUID variantId,
            @RequestBody MetadataPatch patch) {
        return admin.patchVariantMetadata(id, variantId, patch);
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
