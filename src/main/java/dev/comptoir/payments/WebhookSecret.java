package dev.comptoir.payments;

/** The secret that Stripe-Signature headers are checked against. */
record WebhookSecret(String value) {

    @Override
    public String toString() {
        return "WebhookSecret[****]";
    }
}
