package dev.comptoir.orders.tracking;

import dev.comptoir.orders.order.Caller;
import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderCancellation;
import dev.comptoir.orders.order.OrderRepository;
import dev.comptoir.orders.order.OrderStatus;
import dev.comptoir.orders.order.OrderView;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders as their customer (or a guest with the order's token) follows them: the history, one order,
 * and cancellation, which locks the order row first and does the whole change in one transaction.
 */
@Service
class TrackingService {

    private final OrderRepository orders;
    private final OrderCancellation cancellation;

    TrackingService(OrderRepository orders, OrderCancellation cancellation) {
        this.orders = orders;
        this.cancellation = cancellation;
    }

    @Transactional(readOnly = true)
    OrderView get(UUID orderId, Caller caller) {
        return orders.findById(orderId).filter(caller::owns).map(o -> OrderView.of(o, null))
                .orElseThrow(Order::notFound);
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
        Order order = orders.lockById(orderId).filter(caller::owns).orElseThrow(Order::notFound);
        cancellation.cancel(order, caller.userId() != null ? "customer:" + caller.userId() : "guest",
                "customer_request");
        return OrderView.of(order, null);
    }
}
