package dev.comptoir.payments.provider;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The embedded default: behaves like Stripe's test mode without the network. Intent ids derive from
 * the idempotency key (so a repeated creation gets the same intent, on any instance); a payment is
 * completed or failed through the dev route, which delivers a signed webhook like Stripe would.
 */
class SimulatedPaymentProvider implements PaymentProvider {

    private final byte[] key;
    private final Map<String, Intent> intents = new ConcurrentHashMap<>();

    SimulatedPaymentProvider(WebhookSecret secret) {
        this.key = secret.value().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String name() {
        return "simulated";
    }

    @Override
    public Intent createIntent(UUID orderId, long amountMinor, String currency, String idempotencyKey) {
        String id = "pi_sim_" + hmac("intent:" + idempotencyKey).substring(0, 24);
        Intent intent = new Intent(id, id + "_secret_" + hmac("secret:" + id).substring(0, 24), amountMinor,
                currency.toLowerCase(Locale.ROOT), "requires_payment_method");
        intents.putIfAbsent(id, intent);
        return intents.get(id);
    }

    @Override
    public Intent retrieve(String intentId) {
        Intent intent = intents.get(intentId);
        if (intent == null) {
            throw new ProviderException("No such simulated payment intent " + intentId, null, false, "resource_missing");
        }
        return intent;
    }

    /** The dev route refuses to pay a canceled intent, as Stripe refuses to confirm one. */
    @Override
    public Cancellation cancel(String intentId, String idempotencyKey) {
        Intent intent = intents.get(intentId);
        if (intent != null) {
            intents.put(intentId, new Intent(intent.id(), intent.clientSecret(), intent.amountMinor(), intent.currency(),
                    "canceled"));
        }
        return new Cancellation(intentId, "canceled", false);
    }

    @Override
    public ProviderRefund refund(String intentId, long amountMinor, UUID refundId, String idempotencyKey) {
        return new ProviderRefund("re_sim_" + hmac("refund:" + idempotencyKey).substring(0, 24), "succeeded", null);
    }

    private String hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
