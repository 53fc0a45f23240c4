package dev.comptoir.orders.payment;

import dev.comptoir.payments.PaymentService;
import dev.comptoir.payments.PaymentsSummary;
import dev.comptoir.payments.RefundView;
import dev.comptoir.shared.idempotency.IdempotencyKeys;
import dev.comptoir.shared.openapi.ApiHeader;
import dev.comptoir.shared.openapi.ApiHeaders;
import dev.comptoir.shared.openapi.ErrorCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff refunds ({@code orders:manage}): a refund answers 201 with its record, whose status says how the
 * provider answered ({@code succeeded}, {@code pending}, or {@code failed} with the reason, retryable).
 */
@RestController
@RequestMapping("/api/admin/orders/{id}")
@PreAuthorize("hasAuthority('orders:manage')")
@Tag(name = "Admin: orders")
class AdminOrderPaymentController {

    private final OrderPayments orders;
    private final PaymentService payments;
    private final IdempotencyKeys idempotency;

    AdminOrderPaymentController(OrderPayments orders, PaymentService payments, IdempotencyKeys idempotency) {
        this.orders = orders;
        this.payments = payments;
        this.idempotency = idempotency;
    }

    /** {@code amount}: none refunds everything left. */
    record RefundRequest(@DecimalMin(value = "0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @Size(max = 500) String reason) {}

    @PostMapping("/refunds")
    @Operation(operationId = "refundOrder", summary = "Refund an order",
            description = "Refunds an order in full (no amount) or in part. Answers 201 with the refund pending: it "
            + "is asked of the provider after commit and becomes succeeded, stays pending (the provider "
            + "tells by webhook) or failed with its failureReason. A retry with the same "
            + "Idempotency-Key finds the same refund. Needs orders:manage.")
    @ApiHeaders(ApiHeader.IDEMPOTENCY_KEY)
    @ApiResponse(responseCode = "201", description = "The refund, pending", content = @Content(schema = @Schema(implementation = RefundView.class)))
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "order_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = {"order_not_paid", "already_refunded"})
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = "invalid_amount")
    @ErrorCodes(status = HttpStatus.UNPROCESSABLE_CONTENT, value = {"refund_exceeds_payment", "invalid_refund_amount"})
    ResponseEntity<?> refund(@PathVariable UUID id, @Valid @RequestBody(required = false) RefundRequest request,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key) {
        RefundRequest body = request == null ? new RefundRequest(null, null) : request;
        orders.requirePaid(id);
        // the refund is written (pending) with its stored answer; the provider is asked after commit
        String scope = "refunds:" + id;
        return idempotency.run(key, scope, body, () -> ResponseEntity.status(HttpStatus.CREATED)
                .body(payments.refund(id, body.amount(), body.reason(), key == null ? null : scope + ":" + key)));
    }

    @PostMapping("/refunds/{refundId}/retry")
    @Operation(operationId = "retryRefund", summary = "Retry a failed refund",
            description = "A new attempt of a failed refund, pending until the provider answers; a pending or "
            + "succeeded refund is 409. Needs orders:manage.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = {"order_not_found", "refund_not_found"})
    @ErrorCodes(status = HttpStatus.CONFLICT, value = {"refund_already_succeeded", "refund_in_progress"})
    @ErrorCodes(status = HttpStatus.UNPROCESSABLE_CONTENT, value = "refund_exceeds_payment")
    RefundView retry(@PathVariable UUID id, @PathVariable UUID refundId) {
        orders.requireOrder(id);
        return payments.retryRefund(id, refundId);
    }

    @GetMapping("/payments")
    @Operation(operationId = "listOrderPayments", summary = "An order's payments and refunds",
            description = "Every payment attempt of an order (status, amount, refunded amount, review reason) and "
            + "its refunds, failed ones included. Needs orders:manage.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "order_not_found")
    PaymentsSummary payments(@PathVariable UUID id) {
        orders.requireOrder(id);
        return payments.summary(id);
    }
}
