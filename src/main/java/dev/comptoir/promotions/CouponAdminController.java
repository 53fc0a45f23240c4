package dev.comptoir.promotions;

import dev.comptoir.shared.openapi.ErrorCodes;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

    @Operation(operationId = "listCoupons", summary = "List coupons",
            description = "Coupons, newest first, paged; `active` keeps active or inactive ones, `q` those whose "
            + "code contains it. Needs coupons:manage.")
    @GetMapping
    PageResponse<CouponView> list(@Valid PageQuery page, @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) String q) {
        return admin.list(active, q, page.pageable(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"))));
    }

    @Operation(operationId = "getCoupon", summary = "One coupon",
            description = "A coupon with its settings and use count. Needs coupons:manage.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "coupon_not_found")
    @GetMapping("/{id}")
    CouponView get(@PathVariable UUID id) {
        return admin.get(id);
    }

    @Operation(operationId = "createCoupon", summary = "Create a coupon",
            description = "Creates a coupon: percentage, fixed amount or free shipping, with optional dates, "
            + "minimum subtotal and usage limits, in a `currency` (default the default market's): a fixed amount or a "
            + "minimum applies only to carts in that currency, a percentage or free shipping without minimum in "
            + "every market. Its code is unique whatever the case. Needs "
            + "coupons:manage.")
    @ApiResponse(responseCode = "201", description = "The created coupon", useReturnTypeSchema = true)
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = {"unsupported_currency", "invalid_amount"})
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "duplicate_coupon_code")
    @PostMapping
    ResponseEntity<CouponView> create(@Valid @RequestBody CouponRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(admin.create(request));
    }

    @Operation(operationId = "replaceCoupon", summary = "Replace a coupon",
            description = "Replaces a coupon's settings; its use count is kept. Needs coupons:manage.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "coupon_not_found")
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = {"unsupported_currency", "invalid_amount"})
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "duplicate_coupon_code")
    @PutMapping("/{id}")
    CouponView update(@PathVariable UUID id, @Valid @RequestBody CouponRequest request) {
        return admin.update(id, request);
    }

    @Operation(operationId = "deleteCoupon", summary = "Delete a coupon",
            description = "Deletes a coupon never used; a used one is deactivated instead, so that the orders that "
            + "used it keep their history. Needs coupons:manage.")
    @ApiResponse(responseCode = "204", description = "Deleted or deactivated")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "coupon_not_found")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        admin.delete(id);
        return ResponseEntity.noContent().build();
    }
}
