package dev.comptoir.orders;

import dev.comptoir.cart.CartOwner;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.UnauthorizedException;
import dev.comptoir.shared.idempotency.IdempotencyKeys;
import dev.comptoir.shared.security.CurrentUser;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/orders}: checkout (customer, or guest with an anonymous cart and an email), own
 * history, one order (customer, or guest with {@code X-Guest-Token}), cancellation.
 */
@RestController
@RequestMapping("/api/orders")
@Tag(name = "Orders")
class OrderController {

    static final String GUEST_TOKEN = "X-Guest-Token";
    private final CheckoutService checkout;
    private final OrderService orders;
    private final IdempotencyKeys idempotency;

    OrderController(CheckoutService checkout, OrderService orders, IdempotencyKeys idempotency) {
        this.checkout = checkout;
        this.orders = orders;
        this.idempotency = idempotency;
    }

    @PostMapping
    @Operation(summary = "Place an order from the cart (Idempotency-Key honoured)")
    ResponseEntity<?> place(@Valid @RequestBody CheckoutRequest request,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key,
            @RequestHeader(value = "X-Session-Id", required = false) String sessionId) {
        CartOwner owner = CurrentUser.id().map(CartOwner::customer).orElseGet(() -> {
            if (sessionId == null || sessionId.isBlank()) {
                throw new BadRequestException("empty_cart", "No cart: send the X-Session-Id of the cart to check out");
            }
            return CartOwner.anonymous(sessionId);
        });
        String scope = "orders:" + (owner.isCustomer() ? owner.userId() : "session:" + owner.sessionId());
        return idempotency.run(key, scope, request, () -> {
            CheckoutService.Placed placed = checkout.checkout(owner, request);
            return ResponseEntity.status(HttpStatus.CREATED).body(OrderView.of(placed.order(), placed.guestToken()));
        });
    }

    @GetMapping
    @Operation(summary = "The signed-in customer's orders, newest first")
    PageResponse<OrderSummary> history(@Valid PageQuery page, @RequestParam(required = false) String status) {
        UUID userId = CurrentUser.id().orElseThrow(() -> new UnauthorizedException("unauthorized",
                "Sign in to list your orders"));
        return orders.history(userId, status == null ? null : parseStatus(status), page);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One order with its lines, totals, status history and tracking")
    OrderView get(@PathVariable UUID id, @RequestHeader(value = GUEST_TOKEN, required = false) String guestToken) {
        return orders.get(id, caller(guestToken));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a pending or confirmed order (restock, coupon released)")
    OrderView cancel(@PathVariable UUID id, @RequestHeader(value = GUEST_TOKEN, required = false) String guestToken) {
        return orders.cancel(id, caller(guestToken));
    }

    private static OrderService.Caller caller(String guestToken) {
        return new OrderService.Caller(CurrentUser.id().orElse(null), guestToken);
    }

    private static OrderStatus parseStatus(String value) {
        try {
            return OrderStatus.parse(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("invalid_data", "Unknown status " + value,
                    java.util.Map.of("errors", dev.comptoir.shared.error.Problems.FieldProblem.single("status",
                            "must be one of " + Arrays.stream(OrderStatus.values()).map(OrderStatus::value).toList())));
        }
    }
}
