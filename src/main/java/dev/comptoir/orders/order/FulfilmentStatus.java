package dev.comptoir.orders.order;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A parcel is shipped when it leaves its location, delivered when it reaches the customer. */
public enum FulfilmentStatus {
    SHIPPED, DELIVERED;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FulfilmentStatus parse(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
