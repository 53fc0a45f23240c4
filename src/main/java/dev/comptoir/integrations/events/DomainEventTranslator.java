package dev.comptoir.integrations.events;

import dev.comptoir.catalog.CatalogService;
import dev.comptoir.catalog.ProductEdited;
import dev.comptoir.catalog.StockStatusChanged;
import dev.comptoir.customers.CustomerRegistered;
import dev.comptoir.customers.CustomerService;
import dev.comptoir.orders.OrderCancelled;
import dev.comptoir.orders.OrderDelivered;
import dev.comptoir.orders.OrderPaid;
import dev.comptoir.orders.OrderPlaced;
import dev.comptoir.orders.OrderRefunded;
import dev.comptoir.orders.OrderService;
import dev.comptoir.orders.OrderShipped;
import dev.comptoir.returns.ReturnApproved;
import dev.comptoir.returns.ReturnReceived;
import dev.comptoir.returns.ReturnRefunded;
import dev.comptoir.returns.ReturnRejected;
import dev.comptoir.returns.ReturnRequested;
import dev.comptoir.shared.metadata.Metadata;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What integrators are told (ADR 0013): each domain event, after its commit and from the outbox, becomes
 * an integration event whose {@code data} is the domain event's facts (ids, number, amounts, lines) and,
 * for products, orders and customers, the entity's {@code metadata} and {@code privateMetadata} as they
 * are when the event is translated (read through the owning module's façade); a receiver wanting the
 * whole entity reads it with a secret API key. Each listener runs in a transaction of its own, in which
 * the webhook deliveries are recorded.
 */
@Component
class DomainEventTranslator {

    private final IntegrationEvents events;
    private final CatalogService catalog;
    private final OrderService orders;
    private final CustomerService customers;

    DomainEventTranslator(IntegrationEvents events, CatalogService catalog, OrderService orders,
            CustomerService customers) {
        this.events = events;
        this.catalog = catalog;
        this.orders = orders;
        this.customers = customers;
    }

    @ApplicationModuleListener
    void on(OrderPlaced e) {
        events.publish("order.created", e, ofOrder(e.orderId()));
    }

    @ApplicationModuleListener
    void on(OrderPaid e) {
        events.publish("order.paid", e, ofOrder(e.orderId()));
    }

    @ApplicationModuleListener
    void on(OrderCancelled e) {
        events.publish("order.cancelled", e, ofOrder(e.orderId()));
    }

    @ApplicationModuleListener
    void on(OrderShipped e) {
        events.publish("order.shipped", e, ofOrder(e.orderId()));
    }

    @ApplicationModuleListener
    void on(OrderDelivered e) {
        events.publish("order.delivered", e, ofOrder(e.orderId()));
    }

    @ApplicationModuleListener
    void on(OrderRefunded e) {
        events.publish("order.refunded", e, ofOrder(e.orderId()));
    }

    @ApplicationModuleListener
    void on(ProductEdited e) {
        // a deleted product has no metadata left to tell
        events.publish("product." + e.change(), e,
                ProductEdited.DELETED.equals(e.change()) ? null : ofProduct(e.productId()));
    }

    @ApplicationModuleListener
    void on(StockStatusChanged e) {
        if ("low_stock".equals(e.to()) || "out_of_stock".equals(e.to())) {
            events.publish("inventory." + e.to(), e);
        }
    }

    @ApplicationModuleListener
    void on(CustomerRegistered e) {
        events.publish("customer.created", e, ofCustomer(e.userId()));
    }

    @ApplicationModuleListener
    void on(ReturnRequested e) {
        events.publish("return.requested", e);
    }

    @ApplicationModuleListener
    void on(ReturnApproved e) {
        events.publish("return.approved", e);
    }

    @ApplicationModuleListener
    void on(ReturnRejected e) {
        events.publish("return.rejected", e);
    }

    @ApplicationModuleListener
    void on(ReturnReceived e) {
        events.publish("return.received", e);
    }

    @ApplicationModuleListener
    void on(ReturnRefunded e) {
        events.publish("return.refunded", e);
    }

    private Metadata ofOrder(UUID orderId) {
        return orders.metadata(orderId).orElse(Metadata.EMPTY);
    }

    private Metadata ofProduct(UUID productId) {
        return catalog.metadata(productId).orElse(Metadata.EMPTY);
    }

    private Metadata ofCustomer(UUID userId) {
        return customers.metadata(userId).orElse(Metadata.EMPTY);
    }
}
