package dev.comptoir.integrations.webhooks;

import dev.comptoir.shared.openapi.ErrorCodes;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/admin/webhooks}: admins' webhook endpoints, their delivery log and replays (ADR 0013). */
@Tag(name = "Admin: webhooks", description = "Outbound webhooks signed per Standard Webhooks (admins)")
@RestController
@RequestMapping("/api/admin/webhooks")
@PreAuthorize("hasRole('admin')")
class WebhookController {

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;

    WebhookController(WebhookEndpoints endpoints, WebhookDeliveries deliveries) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
    }

    @Operation(operationId = "listWebhooks", summary = "Webhook endpoints",
            description = "Every endpoint, oldest first, without its secret. Admins only.")
    @GetMapping
    List<WebhookEndpoint> list() {
        return endpoints.list();
    }

    @Operation(operationId = "createWebhook", summary = "Add a webhook endpoint",
            description = "`events` lists event types (see the document's `webhooks`) or `*`. The answer holds the "
            + "signing `secret` (`whsec_...`), shown this once. A URL that is not http(s) or holds credentials is 400 "
            + "invalid_url; one resolving to a private, loopback or link-local address is 400 "
            + "webhook_url_not_allowed unless WEBHOOKS_ALLOW_PRIVATE. Admins only.")
    @ApiResponse(responseCode = "201", description = "The endpoint, with its secret this once",
            useReturnTypeSchema = true)
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = {"invalid_url", "webhook_url_not_allowed", "unknown_event"})
    @PostMapping
    ResponseEntity<WebhookEndpoint> create(@Valid @RequestBody WebhookEndpoints.EndpointRequest body) {
        WebhookEndpoint created = endpoints.create(body);
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/admin/webhooks/" + created.id()).body(created);
    }

    @Operation(operationId = "getWebhook", summary = "One webhook endpoint", description = "Admins only.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "webhook_not_found")
    @GetMapping("/{id}")
    WebhookEndpoint get(@PathVariable UUID id) {
        return endpoints.get(id);
    }

    @Operation(operationId = "updateWebhook", summary = "Edit a webhook endpoint",
            description = "Replaces its url, events, description and active; `active: true` switches back on an "
            + "endpoint switched off for failing, and its waiting deliveries go out. Admins only.")
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = {"invalid_url", "webhook_url_not_allowed", "unknown_event"})
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "webhook_not_found")
    @PutMapping("/{id}")
    WebhookEndpoint update(@PathVariable UUID id, @Valid @RequestBody WebhookEndpoints.EndpointRequest body) {
        return endpoints.update(id, body);
    }

    @Operation(operationId = "deleteWebhook", summary = "Remove a webhook endpoint",
            description = "With its delivery log. Admins only.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "webhook_not_found")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        endpoints.delete(id);
    }

    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate an endpoint's signing secret",
            description = "A new secret, shown this once in the answer; during `overlap` (ISO-8601, default PT24H, "
            + "at most P7D) deliveries carry both signatures, so the receiver can switch without losing any. "
            + "Admins only.")
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = "invalid_overlap")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "webhook_not_found")
    @PostMapping("/{id}/rotate-secret")
    WebhookEndpoint rotate(@PathVariable UUID id, @RequestBody(required = false) @Nullable
            WebhookEndpoints.RotateRequest body) {
        return endpoints.rotate(id, body == null ? null : body.overlap());
    }

    @Operation(operationId = "listWebhookDeliveries", summary = "An endpoint's delivery log",
            description = "Newest first: status, attempts, the last response's code, body (first 2 KB) and duration. "
            + "Admins only.")
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = "invalid_status")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "webhook_not_found")
    @GetMapping("/{id}/deliveries")
    PageResponse<WebhookDeliveries.Delivery> deliveries(@PathVariable UUID id, @Valid PageQuery page,
            @Parameter(description = "keep the deliveries in this status", schema = @Schema(allowableValues = {
                    "pending", "delivering", "succeeded", "failed"})) @RequestParam(required = false) String status,
            @Parameter(description = "keep the deliveries of this event type") @RequestParam(required = false)
            String event) {
        return deliveries.list(id, status, event, page);
    }

    @Operation(operationId = "getWebhookDelivery", summary = "One delivery with all its attempts",
            description = "Admins only.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = {"webhook_not_found", "delivery_not_found"})
    @GetMapping("/{id}/deliveries/{deliveryId}")
    WebhookDeliveries.Delivery delivery(@PathVariable UUID id, @PathVariable UUID deliveryId) {
        return deliveries.get(id, deliveryId);
    }

    @Operation(operationId = "replayWebhookDelivery", summary = "Send a delivery again",
            description = "One more attempt now, with the same `webhook-id` (receivers deduplicate on it). 409 "
            + "delivery_in_flight while it is being sent. Admins only.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = {"webhook_not_found", "delivery_not_found"})
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "delivery_in_flight")
    @PostMapping("/{id}/deliveries/{deliveryId}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    WebhookDeliveries.Delivery replay(@PathVariable UUID id, @PathVariable UUID deliveryId) {
        return deliveries.replay(id, deliveryId);
    }
}
