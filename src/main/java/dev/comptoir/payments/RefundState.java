package dev.comptoir.payments;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A refund is pending while the provider works on it; only {@code succeeded} counts as refunded. */
public enum RefundState {
    PENDING, SUCCEEDED, FAILED;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RefundState parse(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
