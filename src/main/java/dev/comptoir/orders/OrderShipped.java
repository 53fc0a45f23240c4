package dev.comptoir.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A parcel of an order left {@code location} with {@code trackingNumber} (the shipped email, one per
 * parcel); {@code fullyShipped} when the order had nothing left to ship after it. Publications stored
 * before parcels carry no {@code fulfilmentId} (nor location, carrier, items, fullyShipped: hence no
 * primitive, which they could not be read into).
 */
public record OrderShipped(UUID orderId, String orderNumber, String email, String trackingNumber, Instant at,
        @Nullable String locale, @Nullable UUID fulfilmentId, @Nullable String location, @Nullable String carrier,
        @Nullable List<Line> items, @Nullable Boolean fullyShipped) {

    public record Line(String sku, String name, int quantity) {}
}
