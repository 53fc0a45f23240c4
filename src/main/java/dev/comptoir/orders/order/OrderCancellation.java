package dev.comptoir.orders.order;

import dev.comptoir.inventory.InventoryService;
import dev.comptoir.orders.OrderCancelled;
import dev.comptoir.promotions.PromotionService;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one cancellation path (customer, expiry, admin): restock, coupon released, OrderCancelled. It
 * runs in the caller's transaction, which has locked the order row first, so the whole change is one.
 */
@Component
public class OrderCancellation {

    private final InventoryService inventory;
    private final PromotionService promotions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderCancellation(InventoryService inventory, PromotionService promotions, ApplicationEventPublisher events,
            Clock clock) {
        this.inventory = inventory;
        this.promotions = promotions;
        this.events = events;
        this.clock = clock;
    }

    public void cancel(Order order, String by, String reason) {
        cancel(order, by, reason, reason);
    }

    public void cancel(Order order, String by, String reason, String note) {
        Instant now = clock.instant();
        boolean wasPaid = order.paymentStatus() == PaymentStatus.PAID
                || order.paymentStatus() == PaymentStatus.PARTIALLY_REFUNDED;
        order.cancel(by, note, now);
        // coupon row before stock rows, the same lock order as checkout, so the two never deadlock
        if (order.couponCode() != null) {
            promotions.release(order.id());
        }
        inventory.release(order.id(), "cancellation", by);
        events.publishEvent(new OrderCancelled(order.id(), order.orderNumber(), order.email(), reason, wasPaid,
                order.total(), order.currency(), now, order.locale()));
    }
}
