package dev.comptoir.orders.expiry;

import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderCancellation;
import dev.comptoir.orders.order.OrderRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Unpaid orders past their payment time, and their cancellation one transaction each. */
@Service
class UnpaidOrders {

    private final OrderRepository orders;
    private final OrderCancellation cancellation;
    private final Clock clock;

    UnpaidOrders(OrderRepository orders, OrderCancellation cancellation, Clock clock) {
        this.orders = orders;
        this.cancellation = cancellation;
        this.clock = clock;
    }

    /** Cancels an unpaid order whose payment time ran out; false when it was paid or changed meanwhile. */
    @Transactional
    boolean expire(UUID orderId) {
        Optional<Order> order = orders.lockById(orderId).filter(o -> o.isExpired(clock.instant()));
        order.ifPresent(o -> cancellation.cancel(o, "system", "payment_timeout"));
        return order.isPresent();
    }

    List<UUID> expiredOrderIds(int max) {
        return orders.expiredIds(clock.instant(), PageRequest.of(0, max));
    }
}
