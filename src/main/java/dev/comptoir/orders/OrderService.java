package dev.comptoir.orders;

import dev.comptoir.orders.order.OrderRepository;
import dev.comptoir.shared.metadata.Metadata;
import dev.comptoir.shared.metadata.MetadataColumns;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask about orders. The lifecycle after checkout (tracking, cancellation,
 * expiry, staff changes, payments) lives in this module's sub-packages, each change under the order
 * row's lock.
 */
@Service
public class OrderService {

    private final OrderRepository orders;
    private final MetadataColumns metadata;

    OrderService(OrderRepository orders, MetadataColumns metadata) {
        this.orders = orders;
        this.metadata = metadata;
    }

    /** The order's metadata, public and private (webhook payloads, ADR 0013). */
    @Transactional(readOnly = true)
    public Optional<Metadata> metadata(UUID orderId) {
        return metadata.read("orders", "id = ?", orderId);
    }

    /** For reviews' "verified purchase": a paid (or partly refunded) order of the customer holds the product. */
    @Transactional(readOnly = true)
    public boolean hasPaidOrderContaining(UUID userId, UUID productId) {
        return userId != null && productId != null && orders.hasPaidOrderContaining(userId, productId);
    }

    /** The order's number and email, for messages about it (payments, refunds). */
    @Transactional(readOnly = true)
    public Optional<OrderContact> contact(UUID orderId) {
        return orders.findById(orderId).map(o -> new OrderContact(o.id(), o.orderNumber(), o.email(), o.locale()));
    }
}
