package dev.comptoir.orders.tracking;

import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderItem;
import dev.comptoir.orders.order.OrderStatus;
import dev.comptoir.orders.order.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A line of an order history list. */
record OrderSummary(UUID id, String orderNumber, OrderStatus status, PaymentStatus paymentStatus,
        BigDecimal total, String currency, int itemCount, Instant createdAt) {

    static OrderSummary of(Order o) {
        return new OrderSummary(o.id(), o.orderNumber(), o.status(), o.paymentStatus(), o.total(), o.currency(),
                o.items().stream().mapToInt(OrderItem::quantity).sum(), o.createdAt());
    }
}
