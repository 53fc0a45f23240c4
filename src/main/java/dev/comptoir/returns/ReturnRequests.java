package dev.comptoir.returns;

import dev.comptoir.orders.ReturnableOrder;
import dev.comptoir.orders.ReturnableOrders;
import dev.comptoir.shared.error.BusinessRuleException;
import dev.comptoir.shared.error.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's return requests. The order row is locked while the request is checked and written, so
 * two requests for the same units (or a request and a receipt) never both pass the check that open
 * and accepted returns hold no more than was shipped.
 */
@Service
class ReturnRequests {

    private static final Set<String> RETURNABLE = Set.of("delivered", "partially_returned");
    private final ReturnableOrders orders;
    private final ReturnStore store;
    private final Exchanges exchanges;
    private final ReturnViews views;
    private final ReturnsProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReturnRequests(ReturnableOrders orders, ReturnStore store, Exchanges exchanges, ReturnViews views,
            ReturnsProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.store = store;
        this.exchanges = exchanges;
        this.views = views;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    ReturnView request(UUID orderId, @Nullable UUID userId, @Nullable String guestToken, CreateReturnRequest body) {
        ReturnableOrder order = orders.lockForOwner(orderId, userId, guestToken);
        Instant now = clock.instant();
        if (!RETURNABLE.contains(order.status())) {
            throw new ConflictException("order_not_returnable", "An order that is " + order.status()
                    + " cannot be returned; only a delivered order can", Map.of("orderStatus", order.status()));
        }
        if (order.deliveredAt() == null || now.isAfter(order.deliveredAt().plus(properties.window()))) {
            throw new BusinessRuleException("return_window_closed", "Returns are accepted until "
                    + properties.window().toDays() + " days after delivery",
                    Map.of("deliveredAt", String.valueOf(order.deliveredAt()), "window", properties.window().toString()));
        }
        Map<UUID, Integer> held = store.heldQuantities(orderId);
        Set<UUID> seen = new HashSet<>();
        List<ReturnRecord.Line> lines = new ArrayList<>();
        for (CreateReturnRequest.ReturnRequestItem asked : body.items()) {
            ReturnableOrder.Item item = order.item(asked.orderItemId()).orElseThrow(() -> new BusinessRuleException(
                    "invalid_return_item", "The order has no item " + asked.orderItemId(),
                    Map.of("orderItemId", asked.orderItemId().toString())));
            if (item.isReplacement()) {
                throw new BusinessRuleException("invalid_return_item", "Item " + item.id() + " is an exchange's "
                        + "replacement, which cannot be returned", Map.of("orderItemId", item.id().toString()));
            }
            if (!seen.add(item.id())) {
                throw new BusinessRuleException("invalid_return_item", "Item " + item.id() + " is listed twice",
                        Map.of("orderItemId", item.id().toString()));
            }
            int returnable = item.quantityShipped() - held.getOrDefault(item.id(), 0);
            if (asked.quantity() > returnable) {
                throw new BusinessRuleException("return_quantity_exceeded", "Only " + Math.max(returnable, 0)
                        + " of " + item.sku() + " can still be returned",
                        Map.of("orderItemId", item.id().toString(), "returnable", Math.max(returnable, 0),
                                "requested", asked.quantity()));
            }
            Exchanges.Replacement replacement = asked.replacementVariantId() == null ? null
                    : exchanges.replacementFor(order, item, asked.replacementVariantId());
            lines.add(new ReturnRecord.Line(UUID.randomUUID(), item.id(), item.sku(), item.name(), asked.quantity(),
                    blankToNull(asked.reason()), 0, 0, replacement == null ? null : replacement.variantId(),
                    replacement == null ? null : replacement.sku(),
                    replacement == null ? null : replacement.unitPrice(), null));
        }
        String actor = userId != null ? "customer:" + userId : "guest";
        ReturnRecord created = new ReturnRecord(UUID.randomUUID(), orderId, order.orderNumber(),
                ReturnStatus.REQUESTED, blankToNull(body.note()), actor, null, null, null, false, now, null, null, null,
                List.copyOf(lines));
        store.insert(created);
        events.publishEvent(new ReturnRequested(created.id(), orderId, order.orderNumber(), order.email(),
                lines.stream().map(l -> new ReturnRequested.Line(l.orderItemId(), l.sku(), l.quantity(), l.reason()))
                        .toList(), now));
        return views.of(created);
    }

    @Transactional(readOnly = true)
    List<ReturnView> forOrder(UUID orderId, @Nullable UUID userId, @Nullable String guestToken) {
        orders.forOwner(orderId, userId, guestToken);
        return views.of(store.forOrder(orderId));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
