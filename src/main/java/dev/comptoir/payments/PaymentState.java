package dev.comptoir.payments;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A payment's own state machine. Stripe may deliver events out of order, so a success wins over an
 * earlier failure or cancellation, and nothing moves a payment out of {@code succeeded} or
 * {@code requires_review}.
 */
public enum PaymentState {
    PENDING, FAILED, CANCELED, SUCCEEDED, REQUIRES_REVIEW;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentState parse(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    public boolean isSettled() {
        return this == SUCCEEDED || this == REQUIRES_REVIEW;
    }
}
