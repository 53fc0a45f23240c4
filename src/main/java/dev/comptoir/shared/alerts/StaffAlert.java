package dev.comptoir.shared.alerts;

import java.time.Instant;
import java.util.UUID;

/**
 * What gave up or needs a decision, as staff see it: its kind, what it is about ({@code subject}),
 * the attempts made, the last error, and whether a retry can be asked for.
 */
public record StaffAlert(UUID id, String kind, String status, String summary, Subject subject, int attempts,
        Instant firstAttemptAt, Instant lastAttemptAt, String lastError, boolean retryable, String ref,
        String listener, String event, Instant createdAt, Instant updatedAt, Instant handledAt, String handledBy,
        String note) {

    /** {@code type}: order, payment, refund, product, customer; {@code id}: its id. */
    public record Subject(String type, String id) {}

    public static final String OPEN = "open";
    public static final String RETRIED = "retried";
    public static final String RESOLVED = "resolved";

    StaffAlert withRetryable(boolean value) {
        return new StaffAlert(id, kind, status, summary, subject, attempts, firstAttemptAt, lastAttemptAt, lastError,
                value, ref, listener, event, createdAt, updatedAt, handledAt, handledBy, note);
    }

    /** A given-up event publication (the registry's copy), which staff can put back. */
    public boolean holdsPublication() {
        return listener != null;
    }
}
