package dev.comptoir.returns;

import dev.comptoir.shared.openapi.ErrorCodes;
import dev.comptoir.shared.security.CurrentUser;
import dev.comptoir.shared.web.InstantParam;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/admin/returns}: staff list returns, approve or reject them, receive the units and refund them. */
@Tag(name = "Admin: returns", description = "Returns: approval, receipt into stock, refund (orders:manage)")
@RestController
@RequestMapping("/api/admin/returns")
@PreAuthorize("hasAuthority('orders:manage')")
class AdminReturnController {

    private final ReturnDesk desk;
    private final ReturnRefunds refunds;

    AdminReturnController(ReturnDesk desk, ReturnRefunds refunds) {
        this.desk = desk;
        this.refunds = refunds;
    }

    @Operation(operationId = "listReturns", summary = "Search returns",
            description = "Returns newest first, paged; `status` and `orderId` keep one status or one order's. "
            + "Needs orders:manage.")
    @GetMapping
    PageResponse<ReturnView> list(@Valid PageQuery page, @Parameter(description = "keep the returns in this status",
            schema = @Schema(allowableValues = {"requested", "approved", "rejected", "received", "refunded"}))
            @RequestParam(required = false) String status,
            @Parameter(description = "keep this order's returns") @RequestParam(required = false) UUID orderId) {
        return desk.list(parseStatus(status), orderId, page);
    }

    @Operation(operationId = "getReturn", summary = "One return",
            description = "A return with its items, what was received and its refund. Needs orders:manage.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "return_not_found")
    @GetMapping("/{id}")
    ReturnView get(@PathVariable UUID id) {
        return desk.get(id);
    }

    @Operation(operationId = "approveReturn", summary = "Approve a return",
            description = "Accepts a requested return: the customer may send the units back. An exchange's "
            + "replacement is reserved (409 insufficient_stock) and joins the order as an item with `exchangeFor`, "
            + "at its current price (422 invalid_replacement if it now costs more than the item returned). Any "
            + "other state is 409 invalid_transition (`from`, `to`). Needs orders:manage.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "return_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = {"invalid_transition", "insufficient_stock"})
    @ErrorCodes(status = HttpStatus.UNPROCESSABLE_CONTENT, value = "invalid_replacement")
    @PostMapping("/{id}/approve")
    ReturnView approve(@PathVariable UUID id) {
        return desk.approve(id, CurrentUser.actor());
    }

    @Operation(operationId = "rejectReturn", summary = "Reject a return",
            description = "Refuses a requested return with the reason the customer is told; its units can be asked "
            + "back again. Any other state is 409 invalid_transition. Needs orders:manage.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "return_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "invalid_transition")
    @PostMapping("/{id}/reject")
    ReturnView reject(@PathVariable UUID id, @Valid @RequestBody StaffRequests.RejectReturnRequest body) {
        return desk.reject(id, body.reason());
    }

    @Operation(operationId = "receiveReturn", summary = "Receive returned units",
            description = "Counts units of an approved return in at a stock `location` (default `main`): resellable "
            + "ones go back on hand, damaged ones are written off there. Several receipts may make a return; it "
            + "is `received` once every unit is in, and the order `partially_returned`, then `returned` once "
            + "every unit bought is back. More units than the return holds (also a second receipt of a return "
            + "already in) is 409 return_quantity_exceeded; a requested, rejected or refunded return is 409 "
            + "invalid_transition. Needs orders:manage.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = {"return_not_found", "location_not_found"})
    @ErrorCodes(status = HttpStatus.CONFLICT, value = {"invalid_transition", "return_quantity_exceeded"})
    @ErrorCodes(status = HttpStatus.UNPROCESSABLE_CONTENT, value = "invalid_return_item")
    @PostMapping("/{id}/receive")
    ReturnView receive(@PathVariable UUID id, @Valid @RequestBody StaffRequests.ReceiveReturnRequest body) {
        return desk.receive(id, body, CurrentUser.actor());
    }

    @Operation(operationId = "refundReturn", summary = "Refund a received return",
            description = "Refunds a received return once, through the order's payment: by default what the "
            + "returned units were paid (their share of the order's total without shipping, discounts and taxes "
            + "included), plus the shipping with `includeShipping` (once per order, else 422 "
            + "shipping_already_refunded); an explicit `amount` replaces it. The refund is pending until the "
            + "provider answers. A return not received, or refunded already, is 409 invalid_transition; the "
            + "payment's refusals (409 order_not_paid or already_refunded, 422 refund_exceeds_payment) leave it "
            + "received. Needs orders:manage.")
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = "invalid_amount")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "return_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = {"invalid_transition", "order_not_paid", "already_refunded"})
    @ErrorCodes(status = HttpStatus.UNPROCESSABLE_CONTENT, value = {"refund_exceeds_payment", "invalid_refund_amount",
            "shipping_already_refunded"})
    @PostMapping("/{id}/refund")
    ReturnView refund(@PathVariable UUID id, @Valid @RequestBody(required = false) StaffRequests.RefundReturnRequest body) {
        return refunds.refund(id, body == null ? new StaffRequests.RefundReturnRequest(null, null) : body);
    }

    private static ReturnStatus parseStatus(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ReturnStatus.parse(value.strip());
        } catch (IllegalArgumentException e) {
            throw InstantParam.invalid("status", "must be one of "
                    + Arrays.stream(ReturnStatus.values()).map(ReturnStatus::value).toList());
        }
    }
}
