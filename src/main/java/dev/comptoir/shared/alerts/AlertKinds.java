package dev.comptoir.shared.alerts;

import java.util.Map;

/** The kinds of alert and how staff read them; a kind is a stable code, like a problem's {@code error}. */
public final class AlertKinds {

    public static final String EMAIL_NOT_SENT = "email_not_sent";
    public static final String REFUND_FAILED = "refund_failed";
    public static final String PAYMENT_MISMATCH = "payment_mismatch";
    public static final String PAYMENT_CANCEL_FAILED = "payment_cancel_failed";
    public static final String SEARCH_UPDATE_FAILED = "search_update_failed";
    public static final String EVENT_NOT_PROCESSED = "event_not_processed";
    public static final String REFUND_EXCEEDS_PAYMENT = "refund_exceeds_payment";
    public static final String WEBHOOK_ENDPOINT_DISABLED = "webhook_endpoint_disabled";
    public static final String EVENT_NOT_STREAMED = "event_not_streamed";

    private static final Map<String, String> LABELS = Map.of(
            EMAIL_NOT_SENT, "An email could not be sent",
            REFUND_FAILED, "A refund failed",
            PAYMENT_MISMATCH, "A payment did not match its order",
            PAYMENT_CANCEL_FAILED, "A payment intent could not be cancelled at the provider",
            SEARCH_UPDATE_FAILED, "The search index could not be updated",
            EVENT_NOT_PROCESSED, "An event could not be processed",
            REFUND_EXCEEDS_PAYMENT, "A refund was larger than what was left of its payment",
            WEBHOOK_ENDPOINT_DISABLED, "A webhook endpoint kept failing and was switched off",
            EVENT_NOT_STREAMED, "An event could not be published to the event stream (RabbitMQ)");

    private AlertKinds() {}

    static String label(String kind) {
        return LABELS.getOrDefault(kind, kind);
    }
}
