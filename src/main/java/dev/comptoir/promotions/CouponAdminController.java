package dev.comptoir.promotions;

import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Admin: coupons", description = "Discount codes and their limits")
@RestController
@RequestMapping("/api/admin/coupons")
@PreAuthorize("hasAuthority('coupons:manage')")
class CouponAdminController {

    private final CouponAdminService admin;

    CouponAdminController(CouponAdminService admin) {
        this.admin = admin;
    }

    @Operation(summary = "List coupons, newest first; `active` filters by state, `q` by code substring")
    @GetMapping
    PageResponse<CouponView> list(@Valid PageQuery page, @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) String q) {
        return admin.list(active, q, page.pageable(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"))));
    }

    @Operation(summary = "One coupon, with its use count")
    @GetMapping("/{id}")
    CouponView get(@PathVariable UUID id) {
        return admin.get(id);
    }

    @Operation(summary = "Create a coupon; its code is unique whatever the case (409 duplicate_coupon_code)")
    @PostMapping
    ResponseEntity<CouponView> create(@Valid @RequestBody CouponRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(admin.create(request));
    }

    @Operation(summary = "Replace a coupon's settings; its use count is kept")
    @PutMapping("/{id}")
    CouponView update(@PathVariable UUID id, @Valid @RequestBody CouponRequest request) {
        return admin.update(id, request);
    }

    @Operation(summary = "Delete a coupon never used; a used one is deactivated instead (history kept)")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        admin.delete(id);
        return ResponseEntity.noContent().build();
    }
}
