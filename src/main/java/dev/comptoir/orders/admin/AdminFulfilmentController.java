package dev.comptoir.orders.admin;

import dev.comptoir.orders.order.FulfilmentView;
import dev.comptoir.shared.idempotency.IdempotencyKeys;
import dev.comptoir.shared.openapi.ApiHeader;
import dev.comptoir.shared.openapi.ApiHeaders;
import dev.comptoir.shared.openapi.ErrorCodes;
import dev.comptoir.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
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

/** {@code /api/admin/orders/{id}/fulfilments}: an order's parcels, shipped and delivered one by one (ADR 0012). */
@Tag(name = "Admin: orders", description = "Order search and status changes (orders:manage)")
@RestController
@RequestMapping("/api/admin/orders/{id}/fulfilments")
@PreAuthorize("hasAuthority('orders:manage')")
class AdminFulfilmentController {

    private final Fulfilments fulfilments;
    private final IdempotencyKeys idempotency;

    AdminFulfilmentController(Fulfilments fulfilments, IdempotencyKeys idempotency) {
        this.fulfilments = fulfilments;
        this.idempotency = idempotency;
    }

    @Operation(operationId = "listOrderFulfilments", summary = "An order's parcels",
            description = "The parcels of an order, oldest first, with their location, carrier, tracking number, "
            + "status and items. Needs orders:manage.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "order_not_found")
    @GetMapping
    List<FulfilmentView> list(@PathVariable UUID id) {
        return fulfilments.list(id);
    }

    @Operation(operationId = "createOrderFulfilment", summary = "Ship a parcel",
            description = "Ships units of a confirmed, processing or partially shipped order from one stock location "
            + "(anything else is 409 invalid_transition): the order's units reserved there are sold, and the order "
            + "is partially_shipped until every unit has shipped, then shipped. After delivery, a parcel carries "
            + "an exchange's replacement and the order keeps its status. Never more than was bought: "
            + "409 quantity_exceeds_order with what is `remaining`. The customer gets an email for the parcel "
            + "with its carrier and tracking number. A retry with the same Idempotency-Key answers the same "
            + "parcel instead of shipping another. Needs orders:manage.")
    @ApiHeaders(ApiHeader.IDEMPOTENCY_KEY)
    @ApiResponse(responseCode = "201", description = "The parcel",
            content = @Content(schema = @Schema(implementation = FulfilmentView.class)))
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = "tracking_number_required")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = {"order_not_found", "order_item_not_found",
            "location_not_found"})
    @ErrorCodes(status = HttpStatus.CONFLICT, value = {"invalid_transition", "quantity_exceeds_order",
            "insufficient_stock"})
    @PostMapping
    ResponseEntity<?> create(@PathVariable UUID id, @Valid @RequestBody FulfilmentRequest request,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key) {
        String actor = actor();
        return idempotency.run(key, "fulfilments:" + id, request,
                () -> ResponseEntity.status(HttpStatus.CREATED).body(fulfilments.ship(id, request, actor)));
    }

    @Operation(operationId = "deliverOrderFulfilment", summary = "A parcel was delivered",
            description = "Marks a parcel delivered (a second time is 409 fulfilment_already_delivered); the order "
            + "is delivered once it has shipped in full and every parcel is delivered. Needs orders:manage.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = {"order_not_found", "fulfilment_not_found"})
    @ErrorCodes(status = HttpStatus.CONFLICT, value = {"invalid_transition", "fulfilment_already_delivered"})
    @PostMapping("/{fulfilmentId}/deliver")
    FulfilmentView deliver(@PathVariable UUID id, @PathVariable UUID fulfilmentId) {
        return fulfilments.deliver(id, fulfilmentId, actor());
    }

    private static String actor() {
        return CurrentUser.actor();
    }
}
