package dev.comptoir.returns;

import dev.comptoir.payments.RefundState;
import dev.comptoir.payments.RefundView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A return as its customer and staff read it. {@code items}: what was asked back per order item and
 * what arrived of it ({@code damagedQuantity} of the received units were written off); {@code
 * replacement}: the variant asked in exchange. {@code refund}: once refunded, the amount, whether it
 * includes the shipping, and the payment refund's id and status (pending until the provider answers;
 * both null when an exchange left nothing to give back).
 */
record ReturnView(UUID id, UUID orderId, String orderNumber, ReturnStatus status, @Nullable String note,
        @Nullable String rejectionReason, List<ReturnItem> items, @Nullable ReturnRefund refund, Instant createdAt,
        @Nullable Instant approvedAt, @Nullable Instant receivedAt, @Nullable Instant refundedAt) {

    record ReturnItem(UUID orderItemId, String sku, String name, int quantity, @Nullable String reason,
            int receivedQuantity, int damagedQuantity, @Nullable ReturnReplacement replacement) {}

    record ReturnReplacement(UUID variantId, @Nullable String sku) {}

    record ReturnRefund(BigDecimal amount, boolean includeShipping, @Nullable UUID refundId, @Nullable RefundState status) {}

    /** {@code refunds}: the order's payment refunds by id, for the refund's status and amount in its currency. */
    static ReturnView of(ReturnRecord r, Map<UUID, RefundView> refunds) {
        ReturnRefund refund = null;
        if (r.refundAmount() != null) {
            RefundView paid = r.refundId() == null ? null : refunds.get(r.refundId());
            refund = new ReturnRefund(paid != null ? paid.amount() : r.refundAmount(), r.includeShipping(), r.refundId(),
                    paid != null ? paid.status() : null);
        }
        return new ReturnView(r.id(), r.orderId(), r.orderNumber(), r.status(), r.note(), r.rejectionReason(),
                r.items().stream().map(l -> new ReturnItem(l.orderItemId(), l.sku(), l.name(), l.quantity(), l.reason(),
                        l.receivedQuantity(), l.damagedQuantity(), l.replacementVariantId() == null ? null
                                : new ReturnReplacement(l.replacementVariantId(), l.replacementSku()))).toList(),
                refund, r.createdAt(), r.approvedAt(), r.receivedAt(), r.refundedAt());
    }
}
