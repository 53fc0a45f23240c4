package dev.comptoir.orders.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A parcel as the customer and staff read it: where it left from, how it travels, what it holds.
 * {@code carrier} is null on parcels shipped without one (the status route, orders shipped before parcels).
 */
public record FulfilmentView(UUID id, String location, @Nullable String carrier, String trackingNumber,
        FulfilmentStatus status, List<ParcelItem> items, Instant shippedAt, @Nullable Instant deliveredAt) {

    /** Units of one order item in the parcel, named as the order bought them. */
    public record ParcelItem(UUID orderItemId, String sku, String name, int quantity) {}

    public static FulfilmentView of(Fulfilment f, Order order) {
        // in the order's own line order
        List<ParcelItem> items = order.items().stream().flatMap(item -> f.lines().stream()
                .filter(l -> l.orderItemId().equals(item.id()))
                .map(l -> new ParcelItem(item.id(), item.sku(), item.name(), l.quantity()))).toList();
        return new FulfilmentView(f.id(), f.location(), f.carrier(), f.trackingNumber(), f.status(), items,
                f.shippedAt(), f.deliveredAt());
    }

    public static List<FulfilmentView> of(Order order) {
        return order.fulfilments().stream().map(f -> of(f, order)).toList();
    }
}
