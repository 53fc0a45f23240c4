package dev.comptoir.orders.checkout;

import dev.comptoir.cart.CartOwner;
import dev.comptoir.orders.order.OrderView;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.idempotency.IdempotencyKeys;
import dev.comptoir.shared.ratelimit.ClientAddresses;
import dev.comptoir.shared.security.CurrentUser;
import dev.comptoir.shared.openapi.ApiHeader;
import dev.comptoir.shared.openapi.ApiHeaders;
import dev.comptoir.shared.openapi.ErrorCodes;
import dev.comptoir.shared.openapi.SignIn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/orders}: checkout (customer, or guest with an anonymous cart and an email). */
@RestController
@RequestMapping("/api/orders")
@Tag(name = "Orders")
class CheckoutController {

    private final CheckoutService checkout;
    private final IdempotencyKeys idempotency;
    private final ClientAddresses clients;

    CheckoutController(CheckoutService checkout, IdempotencyKeys idempotency, ClientAddresses clients) {
        this.checkout = checkout;
        this.idempotency = idempotency;
        this.clients = clients;
    }

    @PostMapping
    @SignIn(optional = true)
    @ApiHeaders({ApiHeader.SESSION_ID_SENT, ApiHeader.IDEMPOTENCY_KEY})
    @Operation(operationId = "createOrder", summary = "Place an order from the cart",
            description = "Checks out the caller's cart: a signed-in customer's own, or a guest's anonymous cart "
            + "(X-Session-Id) with an `email`. Prices, stock and the coupon are checked again; stock is held "
            + "until the order is paid or expires. The order is `pending` until paid (see the payment intent); "
            + "a guest gets a `guestToken` to read it back. A retry with the same Idempotency-Key answers the "
            + "same order. Besides the cart's own refusals: 422 line_quantity_limit or order_quantity_limit (the "
            + "cart holds more than MAX_LINE_QUANTITY / MAX_ORDER_QUANTITY), 409 too_many_unpaid_orders (the "
            + "account, email or client address already holds its cap of unpaid orders; `scope`, "
            + "`maxUnpaidOrders`). The order is in the cart's market: its `currency`, tax mode (`taxInclusive`) and "
            + "shipping zones (a shipping country outside them: 422 shipping_unavailable; a line without a price "
            + "there: 422 not_sold_in_market; the market deleted or its currency changed since the cart was read: "
            + "409 cart_market_changed). A guest's emails are in the Accept-Language negotiated within the "
            + "market's languages (`locale`).")
    @ApiResponse(responseCode = "201", description = "The placed order",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = {"empty_cart", "invalid_country"})
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = {"address_not_found", "customer_not_found", "product_not_found",
            "coupon_not_found"})
    @ErrorCodes(status = HttpStatus.FORBIDDEN, value = "email_not_verified")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = {"insufficient_stock", "coupon_changed", "too_many_unpaid_orders",
            "cart_market_changed"})
    @ErrorCodes(status = HttpStatus.UNPROCESSABLE_CONTENT, value = {"empty_cart", "shipping_unavailable",
            "coupon_not_started", "coupon_expired", "coupon_min_subtotal", "coupon_usage_limit",
            "coupon_customer_limit", "coupon_currency_mismatch", "line_quantity_limit", "order_quantity_limit",
            "not_sold_in_market"})
    ResponseEntity<?> place(HttpServletRequest http, @Valid @RequestBody CheckoutRequest request,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key,
            @RequestHeader(value = "X-Session-Id", required = false) String sessionId,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        CartOwner owner = CurrentUser.id().map(CartOwner::customer).orElseGet(() -> {
            if (sessionId == null || sessionId.isBlank()) {
                throw new BadRequestException("empty_cart", "No cart: send the X-Session-Id of the cart to check out");
            }
            return CartOwner.anonymous(sessionId);
        });
        String scope = "orders:" + (owner.isCustomer() ? owner.userId() : "session:" + owner.sessionId());
        return idempotency.run(key, scope, request, () -> {
            CheckoutService.Placed placed = checkout.checkout(owner, request, clients.hashedKey(http), acceptLanguage);
            return ResponseEntity.status(HttpStatus.CREATED).body(OrderView.of(placed.order(), placed.guestToken()));
        });
    }
}
