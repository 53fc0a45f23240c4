package dev.comptoir.payments.provider;

import java.util.UUID;

/** The payment provider port: Stripe, or the simulated provider of the embedded default. */
public interface PaymentProvider {

    /** "stripe" or "simulated", stored on each payment. */
    String name();

    /** Creates a payment intent; the same idempotency key returns the same intent. */
    Intent createIntent(UUID orderId, long amountMinor, String currency, String idempotencyKey);

    Intent retrieve(String intentId);

    /**
     * Cancels a payment intent so that it can no longer be paid; {@code alreadySettled} in the answer
     * when it had succeeded meanwhile (its success webhook then follows).
     */
    Cancellation cancel(String intentId, String idempotencyKey);

    /** Refunds (part of) a payment intent; the refund id travels in the refund's metadata. */
    ProviderRefund refund(String intentId, long amountMinor, UUID refundId, String idempotencyKey);

    record Intent(String id, String clientSecret, long amountMinor, String currency, String status) {}

    record Cancellation(String intentId, String status, boolean alreadySettled) {}

    /** {@code status}: Stripe's refund status (succeeded, pending, failed, canceled, requires_action). */
    record ProviderRefund(String id, String status, String failureReason) {}

    /**
     * The provider refused or could not be reached; {@code message} is safe to show to staff.
     * {@code transientFailure}: the outcome is unknown or may change (no answer, a timeout, a 5xx, too
     * many requests), so the same request — with the same idempotency key — is worth retrying; false
     * for a definite refusal. {@code code}: the provider's error code, when it gave one.
     */
    class ProviderException extends RuntimeException {

        private final boolean transientFailure;
        private final String code;

        ProviderException(String message, Throwable cause, boolean transientFailure, String code) {
            super(message, cause);
            this.transientFailure = transientFailure;
            this.code = code;
        }

        public boolean transientFailure() {
            return transientFailure;
        }

        public String code() {
            return code;
        }
    }
}
