package dev.comptoir.orders.tracking;

import dev.comptoir.orders.order.Caller;
import dev.comptoir.orders.order.GuestTokens;
import dev.comptoir.orders.order.OrderStatus;
import dev.comptoir.orders.order.OrderView;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.UnauthorizedException;
import dev.comptoir.shared.security.CurrentUser;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import dev.comptoir.shared.openapi.ApiHeader;
import dev.comptoir.shared.openapi.ApiHeaders;
import dev.comptoir.shared.openapi.ErrorCodes;
import dev.comptoir.shared.openapi.SignIn;
import org.springframework.http.HttpStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/orders}: own history, one order (customer, or guest with {@code X-Guest-Token}),
 * cancellation. Placing an order ({@code POST /api/orders}) is the checkout's CheckoutController.
 */
@RestController
@RequestMapping("/api/orders")
@Tag(name = "Orders")
class OrderController {

    private final TrackingService orders;

    OrderController(TrackingService orders) {
        this.orders = orders;
    }

    @GetMapping
    @SignIn
    @Operation(operationId = "listOrders", summary = "The signed-in customer's orders",
            description = "The caller's orders, newest first, paged; `status` keeps one status.")
    PageResponse<OrderSummary> history(@Valid PageQuery page, @Parameter(description = "keep the orders in this status",
            schema = @Schema(allowableValues = {"pending", "confirmed", "processing", "partially_shipped", "shipped", "delivered", "partially_returned", "returned", "cancelled", "refunded"})) @RequestParam(required = false) String status) {
        UUID userId = CurrentUser.id().orElseThrow(() -> new UnauthorizedException("unauthorized",
                "Sign in to list your orders"));
        return orders.history(userId, status == null ? null : parseStatus(status), page);
    }

    @GetMapping("/{id}")
    @SignIn(optional = true)
    @ApiHeaders(ApiHeader.GUEST_TOKEN)
    @Operation(operationId = "getOrder", summary = "One order",
            description = "An order with its lines, totals, addresses, status history and tracking number, for "
            + "the customer who placed it or a guest with its X-Guest-Token; anyone else gets 404.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "order_not_found")
    OrderView get(@PathVariable UUID id,
            @RequestHeader(value = GuestTokens.HEADER, required = false) String guestToken) {
        return orders.get(id, caller(guestToken));
    }

    @PostMapping("/{id}/cancel")
    @SignIn(optional = true)
    @ApiHeaders(ApiHeader.GUEST_TOKEN)
    @Operation(operationId = "cancelOrder", summary = "Cancel an order",
            description = "Cancels a pending or confirmed order: its stock comes back, its coupon is released, "
            + "and what was paid is refunded. A processing, shipped or delivered order is 409 cannot_cancel.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "order_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = {"cannot_cancel", "invalid_transition"})
    OrderView cancel(@PathVariable UUID id,
            @RequestHeader(value = GuestTokens.HEADER, required = false) String guestToken) {
        return orders.cancel(id, caller(guestToken));
    }

    private static Caller caller(String guestToken) {
        return new Caller(CurrentUser.id().orElse(null), guestToken);
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
