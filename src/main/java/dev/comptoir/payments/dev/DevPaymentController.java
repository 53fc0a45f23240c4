package dev.comptoir.payments.dev;

import dev.comptoir.payments.PaymentState;
import dev.comptoir.payments.payment.Payment;
import dev.comptoir.payments.payment.PaymentRepository;
import dev.comptoir.payments.payment.Transactions;
import dev.comptoir.payments.provider.WebhookSecret;
import dev.comptoir.payments.webhook.WebhookSignatures;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.money.Money;
import dev.comptoir.shared.openapi.ErrorCodes;
import org.springframework.http.HttpStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Simulated provider only (absent with a Stripe key, so a 404 there): completes or fails a simulated
 * payment the way Stripe would, by delivering a signed {@code payment_intent.*} event over HTTP to this
 * server's own webhook endpoint, so the whole webhook path runs.
 */
@RestController
@Conditional(DevRoutesEnabled.class)
@RequestMapping("/api/dev/payments")
@Tag(name = "Payments (simulated provider)")
class DevPaymentController {

    private final PaymentRepository payments;
    private final Transactions tx;
    private final WebhookSecret secret;
    private final JsonMapper json;
    private final Environment environment;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DevPaymentController(PaymentRepository payments, Transactions tx, WebhookSecret secret, JsonMapper json,
            Environment environment, Clock clock) {
        this.payments = payments;
        this.tx = tx;
        this.secret = secret;
        this.json = json;
        this.environment = environment;
        this.clock = clock;
    }

    @PostMapping("/{paymentIntentId}/succeed")
    @Operation(operationId = "succeedSimulatedPayment", summary = "Dev only: pay a simulated payment intent",
            description = "Plays the customer paying: delivers a signed payment_intent.succeeded event to this "
            + "server's own webhook endpoint and answers how it was received. Only with the simulated provider "
            + "and PAYMENT_DEV_ROUTES (otherwise 404).")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "payment_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "payment_intent_canceled")
    ResponseEntity<DeliveredEvent> succeed(@PathVariable String paymentIntentId) {
        return deliver(paymentIntentId, "payment_intent.succeeded", "succeeded", null);
    }

    @PostMapping("/{paymentIntentId}/fail")
    @Operation(operationId = "failSimulatedPayment", summary = "Dev only: decline a simulated payment intent",
            description = "Plays the card being declined: delivers a signed payment_intent.payment_failed event "
            + "to this server's own webhook endpoint. Only with the simulated provider and PAYMENT_DEV_ROUTES.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "payment_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "payment_intent_canceled")
    ResponseEntity<DeliveredEvent> fail(@PathVariable String paymentIntentId) {
        return deliver(paymentIntentId, "payment_intent.payment_failed", "requires_payment_method",
                Map.of("code", "card_declined", "decline_code", "generic_decline", "type", "card_error",
                        "message", "Your card was declined."));
    }

    /** What the webhook endpoint answered to the simulated event. */
    record DeliveredEvent(String eventId, String type, int webhookStatus) {}

    private ResponseEntity<DeliveredEvent> deliver(String intentId, String type, String status,
            Map<String, Object> error) {
        Payment payment = tx.run(() -> payments.findByProviderId(intentId))
                .filter(p -> p.provider().equals("simulated"))
                .orElseThrow(() -> new NotFoundException("payment_not_found", "No simulated payment " + intentId));
        if (payment.status() == PaymentState.CANCELED) {
            // as Stripe, which refuses to confirm a canceled intent (the order was cancelled or expired)
            throw new ConflictException("payment_intent_canceled", "This payment intent was cancelled");
        }
        long minor = Money.toMinorUnits(payment.amount(), payment.currency());
        Map<String, Object> intent = new LinkedHashMap<>();
        intent.put("id", intentId);
        intent.put("object", "payment_intent");
        intent.put("amount", minor);
        intent.put("amount_received", "succeeded".equals(status) ? minor : 0);
        intent.put("currency", payment.currency().toLowerCase(Locale.ROOT));
        intent.put("status", status);
        intent.put("client_secret", payment.clientSecret());
        intent.put("metadata", Map.of("order_id", payment.orderId().toString()));
        intent.put("payment_method_types", List.of("card"));
        intent.put("last_payment_error", error);
        long now = clock.instant().getEpochSecond();
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", "evt_sim_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24));
        event.put("object", "event");
        event.put("api_version", com.stripe.Stripe.API_VERSION);
        event.put("created", now);
        event.put("type", type);
        event.put("livemode", false);
        event.put("pending_webhooks", 1);
        event.put("data", Map.of("object", intent));
        String payload = json.writeValueAsString(event);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + environment.getProperty("local.server.port") + "/api/webhooks/stripe"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Stripe-Signature", WebhookSignatures.header(payload, secret.value(), now))
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return ResponseEntity.ok(new DeliveredEvent((String) event.get("id"), type, response.statusCode()));
        } catch (IOException e) {
            throw new IllegalStateException("Could not deliver the simulated webhook", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while delivering the simulated webhook", e);
        }
    }
}
