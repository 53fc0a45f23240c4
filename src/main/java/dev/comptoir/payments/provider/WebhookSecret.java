package dev.comptoir.payments.provider;

/** The secret that Stripe-Signature headers are checked against. */
public record WebhookSecret(String value) {

    @Override
    public String toString() {
        return "WebhookSecret[****]";
    }
}
