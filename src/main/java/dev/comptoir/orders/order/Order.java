package dev.comptoir.orders.order;

import dev.comptoir.orders.OrderConfirmed;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.NotFoundException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The order aggregate. Its lines and totals are a snapshot taken at checkout; its status moves only
 * through the transitions of SPEC §3, each recorded in the history with who made it.
 */
@Entity
@Table(name = "orders")
public class Order {

    @Id
    private UUID id;
    private String orderNumber;
    private UUID userId;
    private String email;
    /** The language of the order's emails; null on orders placed before it was stored. */
    private String locale;
    private String guestTokenHash;
    private OrderStatus status;
    private PaymentStatus paymentStatus;
    private String paymentMethod;
    private String paymentIntentId;
    private String currency;
    /** The market's code; its currency and tax mode ({@code taxInclusive}) are the totals'. */
    @Column(name = "market_code")
    private String market;
    private boolean taxInclusive;
    private BigDecimal totalExclTax;
    private BigDecimal subtotal;
    private BigDecimal discountAmount;
    private BigDecimal taxRate;
    private BigDecimal taxAmount;
    private BigDecimal shippingAmount;
    private BigDecimal total;
    private String couponCode;
    @JdbcTypeCode(SqlTypes.JSON)
    private Address shippingAddress;
    @JdbcTypeCode(SqlTypes.JSON)
    private Address billingAddress;
    private String shippingZone;
    private String notes;
    private String trackingNumber;
    private LocalDate estimatedDeliveryFrom;
    private LocalDate estimatedDeliveryTo;
    private Instant expiresAt;
    private Instant paidAt;
    private Instant shippedAt;
    private Instant deliveredAt;
    private Instant cancelledAt;
    private Instant createdAt;
    private Instant updatedAt;
    private BigDecimal refundedAmount = BigDecimal.ZERO.setScale(2);
    private String clientKey;
    @Version
    private Long version; // a wrapper: null until persisted, so that save() persists instead of merging

    /** Written only by shared.metadata.MetadataColumns' merge in SQL, never by a flush (ADR 0013). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(insertable = false, updatable = false)
    private Map<String, Object> metadata = Map.of();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(insertable = false, updatable = false)
    private Map<String, Object> privateMetadata = Map.of();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("position")
    private List<OrderItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<StatusChange> history = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("shippedAt, location")
    private List<Fulfilment> fulfilments = new ArrayList<>();

    protected Order() {}

    public Order(OrderDraft draft, String orderNumber, Instant now) {
        this.id = draft.id();
        this.orderNumber = orderNumber;
        this.userId = draft.userId();
        this.email = draft.email();
        this.locale = draft.locale();
        this.guestTokenHash = draft.guestTokenHash();
        this.status = OrderStatus.PENDING;
        this.paymentStatus = PaymentStatus.PENDING;
        this.paymentMethod = draft.paymentMethod();
        this.currency = draft.totals().currency();
        this.market = draft.market();
        this.taxInclusive = draft.totals().taxInclusive();
        this.totalExclTax = draft.totals().totalExclTax();
        this.subtotal = draft.totals().subtotal();
        this.discountAmount = draft.totals().discountAmount();
        this.taxRate = draft.totals().taxRate();
        this.taxAmount = draft.totals().taxAmount();
        this.shippingAmount = draft.totals().shippingAmount();
        this.total = draft.totals().total();
        this.couponCode = draft.couponCode();
        this.shippingAddress = draft.shippingAddress();
        this.billingAddress = draft.billingAddress();
        this.shippingZone = draft.totals().shippingZone();
        this.notes = draft.notes();
        this.estimatedDeliveryFrom = draft.totals().estimatedDeliveryFrom();
        this.estimatedDeliveryTo = draft.totals().estimatedDeliveryTo();
        this.expiresAt = draft.expiresAt();
        this.clientKey = draft.clientKey();
        this.createdAt = now;
        this.updatedAt = now;
        int position = 0;
        for (OrderDraft.Line line : draft.lines()) {
            items.add(new OrderItem(this, position++, line));
        }
        history.add(new StatusChange(this, OrderStatus.PENDING, now, draft.actor(), null));
    }

    /** Payment succeeded: pending → confirmed, paid. */
    public OrderConfirmed confirmPayment(String paymentIntentId, Instant now) {
        moveTo(OrderStatus.CONFIRMED, "payment", null, now);
        this.paymentStatus = PaymentStatus.PAID;
        this.paymentIntentId = paymentIntentId;
        this.paidAt = now;
        return new OrderConfirmed(id, orderNumber, email, total, currency, items.stream()
                .map(i -> new OrderConfirmed.Line(i.sku(), i.name(), i.quantity(), i.lineTotal())).toList(), now,
                locale);
    }

    /** A payment that arrived after the order was cancelled: recorded as paid, to be refunded. */
    public void recordLatePayment(String paymentIntentId, Instant now) {
        this.paymentStatus = PaymentStatus.PAID;
        this.paymentIntentId = paymentIntentId;
        this.paidAt = now;
        this.updatedAt = now;
    }

    /** A failed attempt: the order stays payable until it expires. */
    public void recordPaymentFailure(Instant now) {
        if (status == OrderStatus.PENDING && paymentStatus == PaymentStatus.PENDING) {
            this.paymentStatus = PaymentStatus.FAILED;
            this.updatedAt = now;
        }
    }

    public boolean isPayable(Instant now) {
        return status == OrderStatus.PENDING && paymentStatus != PaymentStatus.PAID && !isExpired(now);
    }

    void startProcessing(String by, Instant now) {
        moveTo(OrderStatus.PROCESSING, by, null, now);
    }

    /** Only a pending or confirmed order can be cancelled (SPEC §3); anything else is 409 cannot_cancel. */
    void cancel(String by, String reason, Instant now) {
        if (status != OrderStatus.PENDING && status != OrderStatus.CONFIRMED) {
            throw new ConflictException("cannot_cancel", "An order that is " + status.value() + " cannot be cancelled",
                    Map.of("orderStatus", status.value()));
        }
        moveTo(OrderStatus.CANCELLED, by, reason, now);
        this.cancelledAt = now;
    }

    void markRefunded(String by, Instant now) {
        moveTo(OrderStatus.REFUNDED, by, null, now);
        this.paymentStatus = PaymentStatus.REFUNDED;
    }

    // Admin transitions carry the admin's note into the history (AdminOrderService).

    public void startProcessing(String by, String note, Instant now) {
        moveTo(OrderStatus.PROCESSING, by, note, now);
    }

    // Parcels (ADR 0012). ShippedQuantities has counted a parcel's units on the order items, under the
    // order's lock, before the order records it here.

    /** A parcel needs a tracking number, whichever route ships it; returns it trimmed. */
    public static String requireTrackingNumber(String trackingNumber) {
        if (trackingNumber == null || trackingNumber.isBlank()) {
            throw new dev.comptoir.shared.error.BadRequestException("tracking_number_required",
                    "Shipping an order needs a tracking number", Map.of("errors",
                            dev.comptoir.shared.error.Problems.FieldProblem.single("trackingNumber", "is required")));
        }
        return trackingNumber.trim();
    }

    /**
     * A parcel may leave a paid order until everything has: confirmed, processing or partially_shipped;
     * and after delivery while units are open (an exchange's replacement, added to the order).
     */
    public void requireShippable() {
        boolean replacement = isPastDelivery() && !isFullyShipped();
        if (status != OrderStatus.CONFIRMED && status != OrderStatus.PROCESSING
                && status != OrderStatus.PARTIALLY_SHIPPED && !replacement) {
            throw new ConflictException("invalid_transition", "An order that is " + status.value()
                    + " ships no parcel", Map.of("from", status.value(), "to", OrderStatus.SHIPPED.value()));
        }
    }

    /** The status route's moves are SPEC §3's: shipped from processing (or partially_shipped) only. */
    public void requireMove(OrderStatus next) {
        if (!status.canMoveTo(next)) {
            throw invalidTransition(next);
        }
    }

    public OrderItem item(UUID orderItemId) {
        return items.stream().filter(i -> i.id().equals(orderItemId)).findFirst()
                .orElseThrow(() -> new NotFoundException("order_item_not_found", "No such item in this order",
                        Map.of("orderItemId", orderItemId)));
    }

    public Fulfilment fulfilment(UUID fulfilmentId) {
        return fulfilments.stream().filter(f -> f.id().equals(fulfilmentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("fulfilment_not_found", "No such parcel in this order",
                        Map.of("fulfilmentId", fulfilmentId)));
    }

    /**
     * One parcel left: the order is partially_shipped until every unit has, then shipped. A confirmed
     * order is processed on the way (both steps in its history).
     */
    public Fulfilment ship(Parcel parcel, String by, Instant now) {
        requireShippable();
        Fulfilment fulfilment = addParcel(parcel, by, now);
        if (isPastDelivery()) {
            return fulfilment; // a replacement leaves: the order keeps its delivered / returned status
        }
        if (status == OrderStatus.CONFIRMED) {
            moveTo(OrderStatus.PROCESSING, by, null, now);
        }
        if (isFullyShipped()) {
            markShipped(by, null, now);
        } else if (status != OrderStatus.PARTIALLY_SHIPPED) {
            moveTo(OrderStatus.PARTIALLY_SHIPPED, by, null, now);
        }
        return fulfilment;
    }

    /** The status route's "shipped": everything still open leaves at once as these parcels; one history entry. */
    public List<Fulfilment> ship(List<Parcel> parcels, String by, String note, Instant now) {
        requireMove(OrderStatus.SHIPPED);
        List<Fulfilment> shipped = parcels.stream().map(p -> addParcel(p, by, now)).toList();
        if (!isFullyShipped()) {
            throw new IllegalStateException("Units of order " + orderNumber + " were left out of its parcels");
        }
        markShipped(by, note, now);
        return shipped;
    }

    /** One parcel reached the customer; true when that made the order delivered (shipped in full, every parcel in). */
    public boolean deliver(UUID fulfilmentId, String by, Instant now) {
        if (status != OrderStatus.PARTIALLY_SHIPPED && status != OrderStatus.SHIPPED && !isPastDelivery()) {
            throw invalidTransition(OrderStatus.DELIVERED);
        }
        fulfilment(fulfilmentId).deliver(now);
        updatedAt = now;
        if (status == OrderStatus.SHIPPED && fulfilments.stream().allMatch(Fulfilment::isDelivered)) {
            markDelivered(by, null, now);
            return true;
        }
        return false;
    }

    /** The status route's "delivered": every parcel still on its way arrived. */
    public void deliver(String by, String note, Instant now) {
        requireMove(OrderStatus.DELIVERED);
        fulfilments.stream().filter(f -> !f.isDelivered()).forEach(f -> f.deliver(now));
        markDelivered(by, note, now);
    }

    public boolean isFullyShipped() {
        return items.stream().allMatch(i -> i.quantityOpen() == 0);
    }

    public List<Fulfilment> fulfilments() { return fulfilments; }

    private boolean isPastDelivery() {
        return status == OrderStatus.DELIVERED || status == OrderStatus.PARTIALLY_RETURNED
                || status == OrderStatus.RETURNED;
    }

    private Fulfilment addParcel(Parcel parcel, String by, Instant now) {
        Fulfilment fulfilment = new Fulfilment(this, parcel, by, now);
        parcel.lines().forEach(l -> l.item().recordShipped(l.quantity()));
        fulfilments.add(fulfilment);
        trackingNumber = parcel.trackingNumber(); // the order shows its latest parcel's, as before parcels
        updatedAt = now;
        return fulfilment;
    }

    private void markShipped(String by, String note, Instant now) {
        moveTo(OrderStatus.SHIPPED, by, note, now);
        shippedAt = now;
    }

    private void markDelivered(String by, String note, Instant now) {
        moveTo(OrderStatus.DELIVERED, by, note, now);
        deliveredAt = now;
    }

    private ConflictException invalidTransition(OrderStatus next) {
        return new ConflictException("invalid_transition",
                "An order cannot go from " + status.value() + " to " + next.value(),
                Map.of("from", status.value(), "to", next.value()));
    }

    /**
     * Money went back (payments says how much and whether the payment is now fully refunded): paid →
     * partially_refunded → refunded; the full amount also moves a confirmed…delivered order to refunded
     * (a cancelled order stays cancelled). A refund seen late never undoes a full one.
     */
    public void recordRefund(BigDecimal amount, boolean fully, Instant now) {
        if (paymentStatus == PaymentStatus.REFUNDED
                || (paymentStatus != PaymentStatus.PAID && paymentStatus != PaymentStatus.PARTIALLY_REFUNDED)) {
            return;
        }
        refundedAmount = refundedAmount.add(amount).min(total);
        updatedAt = now;
        if (!fully) {
            paymentStatus = PaymentStatus.PARTIALLY_REFUNDED;
        } else if (status.canMoveTo(OrderStatus.REFUNDED)) {
            markRefunded("payments", now);
        } else {
            paymentStatus = PaymentStatus.REFUNDED;
        }
    }

    public BigDecimal refundedAmount() { return refundedAmount; }

    private void moveTo(OrderStatus next, String by, String note, Instant now) {
        requireMove(next);
        status = next;
        updatedAt = now;
        history.add(new StatusChange(this, next, now, by, note));
    }

    public boolean isExpired(Instant now) {
        return status == OrderStatus.PENDING && paymentStatus != PaymentStatus.PAID && expiresAt != null
                && expiresAt.isBefore(now);
    }

    boolean isGuestToken(String tokenHash) {
        return guestTokenHash != null && tokenHash != null
                && java.security.MessageDigest.isEqual(guestTokenHash.getBytes(), tokenHash.getBytes());
    }

    /** The one answer for an order that does not exist or is not the caller's (never says which). */
    public static NotFoundException notFound() {
        return new NotFoundException("order_not_found", "No such order");
    }

    public UUID id() { return id; }
    public String orderNumber() { return orderNumber; }
    public UUID userId() { return userId; }
    public String email() { return email; }
    public String locale() { return locale; }
    public OrderStatus status() { return status; }
    public PaymentStatus paymentStatus() { return paymentStatus; }
    String paymentMethod() { return paymentMethod; }
    public String paymentIntentId() { return paymentIntentId; }
    public String currency() { return currency; }
    public String market() { return market; }
    boolean taxInclusive() { return taxInclusive; }
    BigDecimal totalExclTax() { return totalExclTax; }
    BigDecimal subtotal() { return subtotal; }
    BigDecimal discountAmount() { return discountAmount; }
    BigDecimal taxRate() { return taxRate; }
    BigDecimal taxAmount() { return taxAmount; }
    BigDecimal shippingAmount() { return shippingAmount; }
    public BigDecimal total() { return total; }
    String couponCode() { return couponCode; }
    Address shippingAddress() { return shippingAddress; }
    Address billingAddress() { return billingAddress; }
    String shippingZone() { return shippingZone; }
    String notes() { return notes; }
    public String trackingNumber() { return trackingNumber; }
    LocalDate estimatedDeliveryFrom() { return estimatedDeliveryFrom; }
    LocalDate estimatedDeliveryTo() { return estimatedDeliveryTo; }
    Instant expiresAt() { return expiresAt; }
    public Instant paidAt() { return paidAt; }
    Instant shippedAt() { return shippedAt; }
    Instant deliveredAt() { return deliveredAt; }
    Instant cancelledAt() { return cancelledAt; }
    public Instant createdAt() { return createdAt; }
    public Map<String, Object> metadata() { return metadata; }
    public Map<String, Object> privateMetadata() { return privateMetadata; }
    public List<OrderItem> items() { return items; }
    List<StatusChange> history() { return history; }

    // Returns (ADR 0012): what the returns module reads and changes, through dev.comptoir.orders.ReturnableOrders

    /** The order as returns read it; {@code returned}: the units back so far per order item. */
    public dev.comptoir.orders.ReturnableOrder returnable(Map<UUID, Integer> returned, Map<UUID, UUID> exchangeFor) {
        return new dev.comptoir.orders.ReturnableOrder(id, orderNumber, userId, email, locale, status.value(),
                paymentStatus.value(), currency, subtotal, shippingAmount, total, deliveredAt, items.stream()
                        .map(i -> new dev.comptoir.orders.ReturnableOrder.Item(i.id(), i.productId(), i.variantId(),
                                i.sku(), i.name(), i.unitPrice(), i.unitPriceExclTax(), i.quantity(),
                                i.quantityShipped(), returned.getOrDefault(i.id(), 0), exchangeFor.get(i.id())))
                        .toList());
    }

    /**
     * Units came back: a delivered order becomes partially_returned, then returned once every unit is
     * back. An order that left those states meanwhile (refunded in full) keeps its status.
     */
    public void recordReturned(boolean everyUnitBack, String by, Instant now) {
        OrderStatus next = everyUnitBack ? OrderStatus.RETURNED : OrderStatus.PARTIALLY_RETURNED;
        if (status == next || !status.canMoveTo(next)
                || (status != OrderStatus.DELIVERED && status != OrderStatus.PARTIALLY_RETURNED)) {
            updatedAt = now;
            return;
        }
        moveTo(next, by, null, now);
    }

    /**
     * An exchange's replacement joins the order as a line of its own at {@code unitPrice} (ADR 0012); the
     * totals stay those paid at checkout. Returns the new line's id.
     */
    public UUID addExchangeItem(UUID productId, UUID variantId, String sku, String name, BigDecimal unitPrice,
            BigDecimal unitPriceExclTax, int quantity, Instant now) {
        OrderItem item = new OrderItem(this, items.size(), new OrderDraft.Line(productId, variantId, sku, name,
                unitPrice, unitPriceExclTax, null, null, quantity,
                unitPrice.multiply(BigDecimal.valueOf(quantity))));
        items.add(item);
        updatedAt = now;
        return item.id();
    }
}
