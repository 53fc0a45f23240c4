package dev.comptoir.orders.order;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** SPEC §3's payment states: pending → paid | failed; paid → partially_refunded → refunded. */
public enum PaymentStatus {
    PENDING, PAID, FAILED, PARTIALLY_REFUNDED, REFUNDED;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentStatus parse(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
