package dev.comptoir.orders.order;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Set;

/** SPEC §3's order states and the transitions between them. */
public enum OrderStatus {
    PENDING, CONFIRMED, PROCESSING, PARTIALLY_SHIPPED, SHIPPED, DELIVERED, PARTIALLY_RETURNED, RETURNED, CANCELLED,
    REFUNDED;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OrderStatus parse(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    boolean canMoveTo(OrderStatus next) {
        return switch (this) {
            case PENDING -> Set.of(CONFIRMED, CANCELLED).contains(next);
            case CONFIRMED -> Set.of(PROCESSING, CANCELLED, REFUNDED).contains(next);
            case PROCESSING -> Set.of(PARTIALLY_SHIPPED, SHIPPED, REFUNDED).contains(next);
            case PARTIALLY_SHIPPED -> Set.of(SHIPPED, REFUNDED).contains(next);
            case SHIPPED -> Set.of(DELIVERED, REFUNDED).contains(next);
            case DELIVERED -> Set.of(PARTIALLY_RETURNED, RETURNED, REFUNDED).contains(next);
            case PARTIALLY_RETURNED -> Set.of(RETURNED, REFUNDED).contains(next);
            case RETURNED, CANCELLED, REFUNDED -> false;
        };
    }
}
