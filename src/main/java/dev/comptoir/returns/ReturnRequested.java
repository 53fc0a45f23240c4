package dev.comptoir.returns;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A customer asked to return units of a delivered order. */
public record ReturnRequested(UUID returnId, UUID orderId, String orderNumber, String email, List<Line> items,
        Instant at) {

    public record Line(UUID orderItemId, String sku, int quantity, @Nullable String reason) {}
}
