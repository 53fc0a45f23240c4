package dev.comptoir.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A return as stored: its state, the refund once made, and its lines with what was received of each. */
record ReturnRecord(UUID id, UUID orderId, String orderNumber, ReturnStatus status, @Nullable String note,
        String requestedBy, @Nullable String rejectionReason, @Nullable BigDecimal refundAmount,
        @Nullable UUID refundId, boolean includeShipping, Instant createdAt, @Nullable Instant approvedAt,
        @Nullable Instant receivedAt, @Nullable Instant refundedAt, List<Line> items) {

    record Line(UUID id, UUID orderItemId, String sku, String name, int quantity, @Nullable String reason,
            int receivedQuantity, int damagedQuantity, @Nullable UUID replacementVariantId,
            @Nullable String replacementSku, @Nullable BigDecimal replacementUnitPrice,
            @Nullable UUID replacementOrderItemId) {}

    Optional<Line> line(UUID orderItemId) {
        return items.stream().filter(l -> l.orderItemId().equals(orderItemId)).findFirst();
    }

    boolean everyUnitReceived() {
        return items.stream().allMatch(l -> l.receivedQuantity() >= l.quantity());
    }

    ReturnRecord withItems(List<Line> lines) {
        return new ReturnRecord(id, orderId, orderNumber, status, note, requestedBy, rejectionReason, refundAmount,
                refundId, includeShipping, createdAt, approvedAt, receivedAt, refundedAt, lines);
    }
}
