package dev.comptoir.orders.order;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What leaves one location together: which units of which order items, and how they travel. */
public record Parcel(String location, @Nullable String carrier, String trackingNumber, List<Line> lines) {

    public record Line(OrderItem item, int quantity) {}
}
