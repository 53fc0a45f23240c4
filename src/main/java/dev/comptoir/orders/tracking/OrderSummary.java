package dev.comptoir.orders.tracking;

import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderItem;
import dev.comptoir.orders.order.OrderStatus;
import dev.comptoir.orders.order.PaymentStatus;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A line of an order history list. */
record OrderSummary(UUID id, String orderNumber, OrderStatus status, PaymentStatus paymentStatus,
        BigDecimal total, String currency, String market, int itemCount, Instant createdAt) {

    static OrderSummary of(Order o) {
        return new OrderSummary(o.id(), o.orderNumber(), o.status(), o.paymentStatus(), Money.round(o.total(), o.currency()),
                o.currency(), o.market(),
                o.items().stream().mapToInt(OrderItem::quantity).sum(), o.createdAt());
    }
}
