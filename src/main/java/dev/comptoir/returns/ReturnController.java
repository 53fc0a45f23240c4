package dev.comptoir.returns;

import dev.comptoir.shared.openapi.ApiHeader;
import dev.comptoir.shared.openapi.ApiHeaders;
import dev.comptoir.shared.openapi.ErrorCodes;
import dev.comptoir.shared.openapi.SignIn;
import dev.comptoir.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/orders/{id}/returns}: the order's customer (or guest, with its token) asks to send units back. */
@RestController
@RequestMapping("/api/orders/{id}/returns")
@Tag(name = "Returns", description = "Returns of delivered orders, their receipt and refund")
class ReturnController {

    private static final String GUEST_TOKEN = "X-Guest-Token";
    private final ReturnRequests returns;

    ReturnController(ReturnRequests returns) {
        this.returns = returns;
    }

    @PostMapping
    @SignIn(optional = true)
    @ApiHeaders(ApiHeader.GUEST_TOKEN)
    @Operation(operationId = "requestReturn", summary = "Ask to return units of an order",
            description = "Asks to send units of a delivered (or partially returned) order back, each with a reason "
            + "and, for an exchange, a `replacementVariantId` (another variant of the same product, else 422 "
            + "invalid_replacement). The return is `requested` until staff approve or reject it. Within "
            + "COMPTOIR_RETURNS_WINDOW (default 30 days) of the delivery, else 422 return_window_closed; an order "
            + "not delivered is 409 order_not_returnable; more units than were shipped minus those open or "
            + "accepted returns hold is 422 return_quantity_exceeded (`returnable`). For the customer who "
            + "placed the order or a guest with its X-Guest-Token; anyone else gets 404.")
    @ApiResponse(responseCode = "201", description = "The return, requested", useReturnTypeSchema = true)
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "order_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "order_not_returnable")
    @ErrorCodes(status = HttpStatus.UNPROCESSABLE_CONTENT, value = {"return_window_closed",
            "return_quantity_exceeded", "invalid_return_item", "invalid_replacement"})
    ResponseEntity<ReturnView> request(@PathVariable UUID id, @Valid @RequestBody CreateReturnRequest body,
            @RequestHeader(value = GUEST_TOKEN, required = false) String guestToken) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(returns.request(id, CurrentUser.id().orElse(null), guestToken, body));
    }

    @GetMapping
    @SignIn(optional = true)
    @ApiHeaders(ApiHeader.GUEST_TOKEN)
    @Operation(operationId = "listOrderReturns", summary = "An order's returns",
            description = "Every return of the order, oldest first, with what was received and refunded; for the "
            + "customer who placed it or a guest with its X-Guest-Token, anyone else gets 404.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "order_not_found")
    List<ReturnView> list(@PathVariable UUID id,
            @RequestHeader(value = GUEST_TOKEN, required = false) String guestToken) {
        return returns.forOrder(id, CurrentUser.id().orElse(null), guestToken);
    }
}
