package dev.comptoir.catalog.product;

import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admin reads: inactive and soft-deleted products included. */
@RestController
@RequestMapping("/api/admin/products")
class AdminProductController {

    private final ProductReader reader;

    AdminProductController(ProductReader reader) {
        this.reader = reader;
    }

    /** {@code status}: all (default), active, inactive or deleted. */
    @GetMapping
    @PreAuthorize("hasAuthority('catalog:write')")
    PageResponse<ProductResponse> list(@Valid PageQuery page, @RequestParam(required = false) String status) {
        return reader.adminList(page.pageOrDefault(), page.limitOrDefault(), status);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:write')")
    ProductResponse get(@PathVariable UUID id) {
        return reader.adminProduct(id);
    }
}
