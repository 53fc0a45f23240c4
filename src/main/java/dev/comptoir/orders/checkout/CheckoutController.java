package dev.comptoir.orders.checkout;

import dev.comptoir.cart.CartOwner;
import dev.comptoir.orders.order.OrderView;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.i18n.Languages;
import dev.comptoir.shared.idempotency.IdempotencyKeys;
import dev.comptoir.shared.ratelimit.ClientAddresses;
import dev.comptoir.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
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
    private final Languages languages;

    CheckoutController(CheckoutService checkout, IdempotencyKeys idempotency, ClientAddresses clients,
            Languages languages) {
        this.checkout = checkout;
        this.idempotency = idempotency;
        this.clients = clients;
        this.languages = languages;
    }

    @PostMapping
    @Operation(summary = "Place an order from the cart (Idempotency-Key honoured)",
            description = "Besides the cart's own refusals: 422 line_quantity_limit or order_quantity_limit (the cart "
                    + "holds more than MAX_LINE_QUANTITY / MAX_ORDER_QUANTITY), 409 too_many_unpaid_orders (the "
                    + "account, email or client address already holds its cap of unpaid orders; `scope`, "
                    + "`maxUnpaidOrders`).")
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
            CheckoutService.Placed placed = checkout.checkout(owner, request, clients.hashedKey(http),
                    languages.fromAcceptLanguage(acceptLanguage));
            return ResponseEntity.status(HttpStatus.CREATED).body(OrderView.of(placed.order(), placed.guestToken()));
        });
    }
}
