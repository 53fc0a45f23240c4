package dev.comptoir.orders.admin;

import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderItem;
import dev.comptoir.orders.order.OrderStatus;
import dev.comptoir.orders.order.PaymentStatus;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A line of the admin order list. */
record AdminOrderSummary(UUID id, String orderNumber, UUID userId, String email, OrderStatus status,
        PaymentStatus paymentStatus, BigDecimal total, String currency, String market, int itemCount,
        String trackingNumber, Instant createdAt, Instant paidAt, Map<String, Object> metadata,
        Map<String, Object> privateMetadata) {

    static AdminOrderSummary of(Order o) {
        return new AdminOrderSummary(o.id(), o.orderNumber(), o.userId(), o.email(), o.status(), o.paymentStatus(),
                Money.round(o.total(), o.currency()), o.currency(), o.market(), o.items().stream().mapToInt(OrderItem::quantity).sum(), o.trackingNumber(),
                o.createdAt(), o.paidAt(), o.metadata(), o.privateMetadata());
    }
}
