package dev.comptoir.payments.webhook;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import dev.comptoir.payments.provider.WebhookSecret;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.openapi.ErrorCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/webhooks/stripe}: the signature is checked on the raw bytes as received (a parsed
 * and re-serialised body would not match), with Stripe's 5-minute tolerance. No authentication: the
 * signature is the authentication.
 */
@RestController
@Tag(name = "Payments")
class StripeWebhookController {

    static final long TOLERANCE_SECONDS = 300;
    private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);
    private final WebhookSecret secret;
    private final WebhookProcessor processor;
    private final JsonMapper json;

    StripeWebhookController(WebhookSecret secret, WebhookProcessor processor, JsonMapper json) {
        this.secret = secret;
        this.processor = processor;
        this.json = json;
    }

    @PostMapping("/api/webhooks/stripe")
    @Operation(operationId = "receiveStripeEvent", summary = "Stripe webhook endpoint",
            description = "Receives Stripe events (payment_intent.*, charge.refunded, refund.*), verified by their "
            + "Stripe-Signature; each event id is processed once, a redelivery answers duplicate: true. "
            + "For Stripe, not for storefronts; no authentication and no rate limit.")
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = {"invalid_signature", "invalid_payload"})
    Received receive(@RequestBody(required = false) byte[] body,
            @RequestHeader(value = "Stripe-Signature", required = false) String signature) {
        String payload = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        if (signature == null || signature.isBlank()) {
            throw invalidSignature("The Stripe-Signature header is missing");
        }
        try {
            Webhook.constructEvent(payload, signature, secret.value(), TOLERANCE_SECONDS);
        } catch (SignatureVerificationException e) {
            log.info("Stripe webhook refused: {}", e.getMessage());
            throw invalidSignature("The Stripe-Signature header does not match this payload and secret");
        } catch (RuntimeException e) {
            throw new BadRequestException("invalid_payload", "The webhook payload is not a Stripe event");
        }
        JsonNode event = json.readTree(payload);
        String id = WebhookProcessor.text(event, "id");
        String type = WebhookProcessor.text(event, "type");
        if (id == null || type == null) {
            throw new BadRequestException("invalid_payload", "The webhook payload has no event id or type");
        }
        boolean fresh = processor.process(id, type, event.path("data").path("object"));
        return new Received(true, !fresh);
    }

    /** {@code duplicate}: this event id was processed before, nothing was done again. */
    record Received(boolean received, boolean duplicate) {}

    private static BadRequestException invalidSignature(String message) {
        return new BadRequestException("invalid_signature", message);
    }
}
