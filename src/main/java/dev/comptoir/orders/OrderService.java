package dev.comptoir.orders;

import dev.comptoir.inventory.InventoryService;
import dev.comptoir.inventory.InventoryService.StockLine;
import dev.comptoir.promotions.PromotionService;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order lifecycle after checkout. Every change locks the order row first and does the whole
 * change — status, restock, coupon release — in that one transaction.
 */
@Service
public class OrderService {

    private final OrderRepository orders;
    private final InventoryService inventory;
    private final PromotionService promotions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderService(OrderRepository orders, InventoryService inventory, PromotionService promotions,
            ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.inventory = inventory;
        this.promotions = promotions;
        this.events = events;
        this.clock = clock;
    }

    /** Who is asking: a customer by id, or a guest holding the order's token. */
    record Caller(UUID userId, String guestToken) {
        boolean owns(Order order) {
            return (userId != null && userId.equals(order.userId()))
                    || (guestToken != null && order.isGuestToken(GuestTokens.hash(guestToken)));
        }
    }

    /** For reviews' "verified purchase": a paid (or partly refunded) order of the customer holds the product. */
    @Transactional(readOnly = true)
    public boolean hasPaidOrderContaining(UUID userId, UUID productId) {
        return userId != null && productId != null && orders.hasPaidOrderContaining(userId, productId);
    }

    @Transactional(readOnly = true)
    OrderView get(UUID orderId, Caller caller) {
        return orders.findById(orderId).filter(caller::owns).map(o -> OrderView.of(o, null))
                .orElseThrow(OrderService::notFound);
    }

    @Transactional(readOnly = true)
    PageResponse<OrderSummary> history(UUID userId, OrderStatus status, PageQuery page) {
        PageRequest pageable = PageRequest.of(page.pageOrDefault() - 1, page.limitOrDefault(),
                Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")));
        Page<Order> found = status == null ? orders.findByUserId(userId, pageable)
                : orders.findByUserIdAndStatus(userId, status, pageable);
        // one more query loads the lines of the whole page (no N+1)
        orders.withItems(found.getContent().stream().map(Order::id).toList());
        return PageResponse.of(found, OrderSummary::of);
    }

    @Transactional
    OrderView cancel(UUID orderId, Caller caller) {
        Order order = orders.lockById(orderId).filter(caller::owns).orElseThrow(OrderService::notFound);
        cancel(order, caller.userId() != null ? "customer:" + caller.userId() : "guest", "customer_request");
        return OrderView.of(order, null);
    }

    /** Cancels an unpaid order whose payment time ran out; false when it was paid or changed meanwhile. */
    @Transactional
    boolean expire(UUID orderId) {
        Optional<Order> order = orders.lockById(orderId).filter(o -> o.isExpired(clock.instant()));
        order.ifPresent(o -> cancel(o, "system", "payment_timeout"));
        return order.isPresent();
    }

    List<UUID> expiredOrderIds(int max) {
        return orders.expiredIds(clock.instant(), PageRequest.of(0, max));
    }

    private void cancel(Order order, String by, String reason) {
        Instant now = clock.instant();
        boolean wasPaid = order.paymentStatus() == PaymentStatus.PAID;
        order.cancel(by, reason, now);
        // coupon row before stock rows, the same lock order as checkout, so the two never deadlock
        if (order.couponCode() != null) {
            promotions.release(order.id());
        }
        inventory.putBack(order.id(), order.items().stream().map(i -> new StockLine(i.sku(), i.quantity())).toList(),
                "cancellation", by);
        events.publishEvent(new OrderCancelled(order.id(), order.orderNumber(), order.email(), reason, wasPaid,
                order.total(), order.currency(), now));
    }

    static NotFoundException notFound() {
        return new NotFoundException("order_not_found", "No such order");
    }
}
