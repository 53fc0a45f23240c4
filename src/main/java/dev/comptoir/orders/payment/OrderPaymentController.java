package dev.comptoir.orders.payment;

import dev.comptoir.orders.order.Caller;
import dev.comptoir.orders.order.GuestTokens;
import dev.comptoir.shared.idempotency.IdempotencyKeys;
import dev.comptoir.shared.security.CurrentUser;
import dev.comptoir.shared.openapi.ApiHeader;
import dev.comptoir.shared.openapi.ApiHeaders;
import dev.comptoir.shared.openapi.ErrorCodes;
import dev.comptoir.shared.openapi.SignIn;
import org.springframework.http.HttpStatus;
import dev.comptoir.payments.PaymentIntentView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/orders/{id}/payment-intent}: the owner (or guest with its token) gets the order's intent. */
@RestController
@Tag(name = "Orders")
class OrderPaymentController {

    private final OrderPayments payments;
    private final IdempotencyKeys idempotency;

    OrderPaymentController(OrderPayments payments, IdempotencyKeys idempotency) {
        this.payments = payments;
        this.idempotency = idempotency;
    }

    @PostMapping("/api/orders/{id}/payment-intent")
    @SignIn(optional = true)
    @ApiHeaders({ApiHeader.GUEST_TOKEN, ApiHeader.IDEMPOTENCY_KEY})
    @Operation(operationId = "createPaymentIntent", summary = "The payment intent of an order",
            description = "Creates the order's PaymentIntent at the provider, or returns the one still usable, "
            + "with the `clientSecret` the storefront confirms the card payment with (Stripe.js). The payment "
            + "counts once the provider's signed webhook says so. A cancelled, expired or paid order is 409 "
            + "order_not_payable.")
    @ApiResponse(responseCode = "200", description = "The payment intent",
            content = @Content(schema = @Schema(implementation = PaymentIntentView.class)))
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "order_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "order_not_payable")
    @ErrorCodes(status = HttpStatus.UNPROCESSABLE_CONTENT, value = "nothing_to_pay")
    ResponseEntity<?> paymentIntent(@PathVariable UUID id,
            @RequestHeader(value = GuestTokens.HEADER, required = false) String guestToken,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key) {
        Caller caller = new Caller(CurrentUser.id().orElse(null), guestToken);
        // the caller is part of the scope: a replay never hands the client secret to someone else
        String who = caller.userId() != null ? caller.userId().toString()
                : "guest:" + (guestToken == null ? "-" : GuestTokens.hash(guestToken));
        // the provider is called with no transaction open; the stored answer does not wrap the call
        return idempotency.runOutsideTransaction(key, "payment-intent:" + id + ":" + who, Map.of("orderId", id),
                () -> ResponseEntity.ok(payments.intent(id, caller)));
    }
}
