package dev.comptoir.orders.admin;

import dev.comptoir.inventory.InventoryService;
import dev.comptoir.orders.OrderDelivered;
import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderCancellation;
import dev.comptoir.orders.order.OrderRepository;
import dev.comptoir.orders.order.OrderStatus;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.metadata.Metadata;
import dev.comptoir.shared.metadata.MetadataColumns;
import dev.comptoir.shared.metadata.MetadataPatch;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders as staff see and move them. Every status change locks the order row and goes through the
 * aggregate, which refuses any transition SPEC §3 does not allow; cancellation reuses the customer's
 * path (restock, coupon release, OrderCancelled → refund of a paid order by payments), shipping ships
 * what is left as parcels (Fulfilments) and delivering delivers every parcel.
 */
@Service
class AdminOrderService {

    static final String ADMIN_CANCEL = "admin_request";

    private final AdminOrderRepository search;
    private final OrderRepository orders;
    private final OrderCancellation cancellation;
    private final Fulfilments fulfilments;
    private final InventoryService inventory;
    private final MetadataColumns metadata;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdminOrderService(AdminOrderRepository search, OrderRepository orders, OrderCancellation cancellation,
            Fulfilments fulfilments, InventoryService inventory, MetadataColumns metadata,
            ApplicationEventPublisher events, Clock clock) {
        this.metadata = metadata;
        this.search = search;
        this.orders = orders;
        this.cancellation = cancellation;
        this.fulfilments = fulfilments;
        this.inventory = inventory;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageResponse<AdminOrderSummary> list(OrderSearch filters, PageQuery page) {
        Page<Order> found = search.findAll(filters.toSpecification(),
                page.pageable(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
        // one more query loads the lines of the whole page (no N+1)
        orders.withItems(found.getContent().stream().map(Order::id).toList());
        return PageResponse.of(found, AdminOrderSummary::of);
    }

    @Transactional(readOnly = true)
    AdminOrderView get(UUID id) {
        return orders.findById(id).map(this::view).orElseThrow(Order::notFound);
    }

    @Transactional
    AdminOrderView changeStatus(UUID id, OrderStatus target, String trackingNumber, String note, String by) {
        Order order = orders.lockById(id).orElseThrow(Order::notFound);
        Instant now = clock.instant();
        switch (target) {
            case PROCESSING -> order.startProcessing(by, note, now);
            // everything still open leaves as parcels from where it is held (one email per parcel)
            case SHIPPED -> fulfilments.shipEverything(order, trackingNumber, note, by);
            case DELIVERED -> {
                order.deliver(by, note, now);
                events.publishEvent(new OrderDelivered(order.id(), order.orderNumber(), order.email(), now));
            }
            case CANCELLED -> {
                if (order.status() != OrderStatus.PENDING && order.status() != OrderStatus.CONFIRMED) {
                    throw refused(order.status(), target);
                }
                cancellation.cancel(order, by, ADMIN_CANCEL, note == null || note.isBlank() ? ADMIN_CANCEL : note);
            }
            // confirmed comes from a payment, refunded from refunds: not an admin's status change
            default -> throw refused(order.status(), target);
        }
        return view(order);
    }

    /** Merges a metadata patch into the order's (ADR 0013); its status and lines are untouched. */
    @Transactional
    Metadata patchMetadata(UUID id, MetadataPatch patch) {
        return metadata.patch("orders", "id = ?", patch, id).orElseThrow(Order::notFound);
    }

    private AdminOrderView view(Order order) {
        return AdminOrderView.of(order, inventory.reservations(order.id()));
    }

    private static ConflictException refused(OrderStatus from, OrderStatus to) {
        return new ConflictException("invalid_transition", "An order cannot go from " + from.value() + " to "
                + to.value() + " here", Map.of("from", from.value(), "to", to.value()));
    }
}
