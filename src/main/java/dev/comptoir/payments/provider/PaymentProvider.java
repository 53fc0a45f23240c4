package dev.comptoir.payments.provider;

import java.util.UUID;

/** The payment provider port: Stripe, or the simulated provider of the embedded default. */
public interface PaymentProvider {

    /** "stripe" or "simulated", stored on each payment. */
    String name();

    /** Creates a payment intent; the same idempotency key returns the same intent. */
    Intent createIntent(UUID orderId, long amountMinor, String currency, String idempotencyKey);

    Intent retrieve(String intentId);

    /** Refunds (part of) a payment intent; the refund id travels in the refund's metadata. */
    ProviderRefund refund(String intentId, long amountMinor, UUID refundId, String idempotencyKey);

    record Intent(String id, String clientSecret, long amountMinor, String currency, String status) {}

    /** {@code status}: Stripe's refund status (succeeded, pending, failed, canceled, requires_action). */
    record ProviderRefund(String id, String status, String failureReason) {}

    /** The provider refused or could not be reached; {@code message} is safe to show to staff. */
    class ProviderException extends RuntimeException {
        ProviderException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
