package dev.comptoir.orders.order;

import dev.comptoir.pricing.EstimatedDelivery;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * An order as its customer (or an admin) reads it: the breakdown as it was at checkout, with the money
 * and delivery fields named as a cart's, in the order's {@code market} and {@code currency} (amounts in
 * its decimals). {@code taxInclusive}: the tax mode the totals were computed in (ADR 0009: subtotal,
 * discount, shipping and unit prices include tax, {@code taxAmount} is the tax the total contains);
 * {@code totalExclTax = total - taxAmount}. {@code locale}: the language of the order's emails.
 * {@code guestToken} appears once, at checkout. {@code metadata}: the public metadata (ADR 0013).
 */
public record OrderView(UUID id, String orderNumber, OrderStatus status, PaymentStatus paymentStatus, String email,
        List<Item> items, int itemCount, List<FulfilmentView> fulfilments, BigDecimal subtotal,
        BigDecimal discountAmount, BigDecimal taxRate, BigDecimal taxAmount, BigDecimal shippingAmount,
        BigDecimal total, BigDecimal totalExclTax, String currency, String market, boolean taxInclusive, @Nullable String locale,
        @Nullable String couponCode, Address shippingAddress, Address billingAddress, String shippingZone,
        @Nullable String notes, @Nullable String paymentMethod, @Nullable String trackingNumber,
        @Nullable EstimatedDelivery estimatedDelivery, List<History> statusHistory, Instant createdAt, Instant expiresAt,
        @Nullable Instant paidAt, @Nullable Instant shippedAt, @Nullable Instant deliveredAt,
        @Nullable Instant cancelledAt, @Nullable String guestToken, Map<String, Object> metadata) {

    /**
     * {@code unitPrice} as the market displayed it (incl. tax in a tax-inclusive market), {@code
     * unitPriceExclTax} its net amount (null on lines bought before markets); {@code priceListId}: the price
     * list that gave the price (null: the regular price), {@code compareAtPrice}: the price a sale beat;
     * {@code quantityShipped}: the units of the line that left in the order's parcels ({@code fulfilments}),
     * {@code quantityReturned}: the units received back by returns.
     */
    public record Item(UUID id, UUID productId, @Nullable UUID variantId, String sku, String name, BigDecimal unitPrice,
            @Nullable BigDecimal unitPriceExclTax, @Nullable BigDecimal compareAtPrice, @Nullable UUID priceListId,
            int quantity, int quantityShipped, int quantityReturned, BigDecimal lineTotal) {}

    public record History(OrderStatus status, Instant at, @Nullable String by, @Nullable String note) {}

    public static OrderView of(Order o, String guestToken) {
        // stored with two decimals: shown in the currency's (JPY 6000.00 is 6000)
        UnaryOperator<BigDecimal> money = amount -> amount == null ? null : Money.round(amount, o.currency());
        List<Item> items = o.items().stream().map(i -> new Item(i.id(), i.productId(), i.variantId(), i.sku(),
                i.name(), money.apply(i.unitPrice()), money.apply(i.unitPriceExclTax()),
                money.apply(i.compareAtPrice()), i.priceListId(), i.quantity(), i.quantityShipped(),
                i.quantityReturned(), money.apply(i.lineTotal()))).toList();
        return new OrderView(o.id(), o.orderNumber(), o.status(), o.paymentStatus(), o.email(), items,
                items.stream().mapToInt(Item::quantity).sum(), FulfilmentView.of(o), money.apply(o.subtotal()),
                money.apply(o.discountAmount()), o.taxRate(), money.apply(o.taxAmount()),
                money.apply(o.shippingAmount()), money.apply(o.total()), money.apply(o.totalExclTax()), o.currency(),
                o.market(), o.taxInclusive(), o.locale(), o.couponCode(), o.shippingAddress(), o.billingAddress(),
                o.shippingZone(), o.notes(), o.paymentMethod(), o.trackingNumber(),
                o.estimatedDeliveryFrom() == null ? null
                        : new EstimatedDelivery(o.estimatedDeliveryFrom(), o.estimatedDeliveryTo()),
                o.history().stream().map(h -> new History(h.status(), h.at(), h.by(), h.note())).toList(),
                o.createdAt(), o.expiresAt(), o.paidAt(), o.shippedAt(), o.deliveredAt(), o.cancelledAt(), guestToken,
                o.metadata());
    }
}
