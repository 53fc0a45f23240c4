package dev.comptoir.orders.admin;

import dev.comptoir.orders.order.OrderStatus;
import dev.comptoir.orders.order.PaymentStatus;
import dev.comptoir.shared.metadata.Metadata;
import dev.comptoir.shared.metadata.MetadataFilter;
import dev.comptoir.shared.metadata.MetadataFilters;
import dev.comptoir.shared.metadata.MetadataPatch;
import dev.comptoir.shared.openapi.ErrorCodes;
import dev.comptoir.shared.security.CurrentUser;
import dev.comptoir.shared.web.InstantParam;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
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

/** {@code /api/admin/orders}: search orders, read one in full, move it through SPEC §3's states. */
@Tag(name = "Admin: orders", description = "Order search and status changes (orders:manage)")
@RestController
@RequestMapping("/api/admin/orders")
@PreAuthorize("hasAuthority('orders:manage')")
class AdminOrderController {

    private static final List<String> STATUSES = Arrays.stream(OrderStatus.values()).map(OrderStatus::value).toList();
    private static final List<String> PAYMENT_STATUSES =
            Arrays.stream(PaymentStatus.values()).map(PaymentStatus::value).toList();
    private final AdminOrderService admin;

    AdminOrderController(AdminOrderService admin) {
        this.admin = admin;
    }

    @Operation(operationId = "listAdminOrders", summary = "Search orders",
            description = "Orders newest first, paged; filters status, paymentStatus, email (an exact address or "
            + "part of one), from/to (ISO date or date-time, on the creation time), orderNumber, and "
            + "`metadata.<key>=<value>` / `privateMetadata.<key>=<value>`. Needs orders:manage.")
    @GetMapping
    @MetadataFilters
    PageResponse<AdminOrderSummary> list(@Valid PageQuery page, @RequestParam(required = false) String status,
            @RequestParam(required = false) String paymentStatus, @RequestParam(required = false) String email,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String orderNumber, MetadataFilter metadata) {
        Instant start = InstantParam.start("from", from);
        Instant end = InstantParam.endExclusive("to", to);
        InstantParam.requireOrdered("from", start, "to", end);
        return admin.list(new OrderSearch(parse("status", status, OrderStatus::parse, STATUSES),
                parse("paymentStatus", paymentStatus, PaymentStatus::parse, PAYMENT_STATUSES), email, start, end,
                orderNumber, metadata), page);
    }

    @Operation(operationId = "patchOrderMetadata", summary = "Merge an order's metadata",
            description = "Merges the top-level keys sent into the order's `metadata` (shown to its customer too) and "
            + "`privateMetadata` (staff only); a null value removes its key, a field left out is kept. Concurrent "
            + "patches of different keys all apply. Answers both fields as stored. Needs orders:manage.")
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = "invalid_metadata")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "order_not_found")
    @PatchMapping("/{id}/metadata")
    Metadata patchMetadata(@PathVariable UUID id, @RequestBody MetadataPatch patch) {
        return admin.patchMetadata(id, patch);
    }

    @Operation(operationId = "getAdminOrder", summary = "One order in full",
            description = "An order with its lines, totals, addresses, status history and customer id. Needs "
            + "orders:manage.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "order_not_found")
    @GetMapping("/{id}")
    AdminOrderView get(@PathVariable UUID id) {
        return admin.get(id);
    }

    @Operation(operationId = "changeOrderStatus", summary = "Move an order to another status",
            description = "Moves an order to processing, shipped (trackingNumber required: everything still open "
            + "ships as one parcel per location it is reserved at, each with that tracking number), delivered "
            + "(every parcel delivered) or cancelled (pending or confirmed only); any other move is 409 "
            + "invalid_transition. Customers get a shipped email per parcel. Needs orders:manage.")
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = "tracking_number_required")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "order_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = {"invalid_transition", "cannot_cancel", "insufficient_stock"})
    @PostMapping("/{id}/status")
    AdminOrderView changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusChangeRequest request) {
        OrderStatus target = parse("status", request.status(), OrderStatus::parse, STATUSES);
        return admin.changeStatus(id, target, request.trackingNumber(), request.note(),
                CurrentUser.actor());
    }

    private static <T> T parse(String name, String value, Function<String, T> parser, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.trim());
        } catch (IllegalArgumentException e) {
            throw InstantParam.invalid(name, "must be one of " + allowed);
        }
    }
}
