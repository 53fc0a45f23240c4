package dev.comptoir.orders.order;

import dev.comptoir.pricing.EstimatedDelivery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An order as its customer (or an admin) reads it: the breakdown as it was at checkout, with the money
 * and delivery fields named as a cart's. {@code guestToken} appears once, at checkout.
 */
public record OrderView(UUID id, String orderNumber, OrderStatus status, PaymentStatus paymentStatus, String email,
        List<Item> items, int itemCount, BigDecimal subtotal, BigDecimal discountAmount, BigDecimal taxRate,
        BigDecimal taxAmount, BigDecimal shippingAmount, BigDecimal total, String currency,
        @Nullable String couponCode, Address shippingAddress, Address billingAddress, String shippingZone,
        @Nullable String notes, @Nullable String paymentMethod, @Nullable String trackingNumber,
        @Nullable EstimatedDelivery estimatedDelivery, List<History> statusHistory, Instant createdAt, Instant expiresAt,
        @Nullable Instant paidAt, @Nullable Instant shippedAt, @Nullable Instant deliveredAt,
        @Nullable Instant cancelledAt, @Nullable String guestToken) {

    public record Item(UUID id, UUID productId, @Nullable UUID variantId, String sku, String name, BigDecimal unitPrice,
            int quantity, BigDecimal lineTotal) {}

    public record History(OrderStatus status, Instant at, @Nullable String by, @Nullable String note) {}

    public static OrderView of(Order o, String guestToken) {
        List<Item> items = o.items().stream().map(i -> new Item(i.id(), i.productId(), i.variantId(), i.sku(),
                i.name(), i.unitPrice(), i.quantity(), i.lineTotal())).toList();
        return new OrderView(o.id(), o.orderNumber(), o.status(), o.paymentStatus(), o.email(), items,
                items.stream().mapToInt(Item::quantity).sum(), o.subtotal(), o.discountAmount(), o.taxRate(),
                o.taxAmount(), o.shippingAmount(), o.total(), o.currency(), o.couponCode(), o.shippingAddress(),
                o.billingAddress(), o.shippingZone(), o.notes(), o.paymentMethod(), o.trackingNumber(),
                o.estimatedDeliveryFrom() == null ? null
                        : new EstimatedDelivery(o.estimatedDeliveryFrom(), o.estimatedDeliveryTo()),
                o.history().stream().map(h -> new History(h.status(), h.at(), h.by(), h.note())).toList(),
                o.createdAt(), o.expiresAt(), o.paidAt(), o.shippedAt(), o.deliveredAt(), o.cancelledAt(), guestToken);
    }
}
