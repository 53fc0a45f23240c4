package dev.comptoir.returns;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Returned units arrived (one receipt; several may make a return). {@code complete}: every unit of
 * the return is in, so it is {@code received}.
 */
public record ReturnReceived(UUID returnId, UUID orderId, List<Line> items, boolean complete, Instant at) {

    public record Line(UUID orderItemId, String sku, int quantity, boolean resellable, String location) {}
}
