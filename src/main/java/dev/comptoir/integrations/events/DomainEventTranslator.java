package dev.comptoir.integrations.events;

import dev.comptoir.catalog.ProductEdited;
import dev.comptoir.catalog.StockStatusChanged;
import dev.comptoir.customers.CustomerRegistered;
import dev.comptoir.orders.OrderCancelled;
import dev.comptoir.orders.OrderDelivered;
import dev.comptoir.orders.OrderPaid;
import dev.comptoir.orders.OrderPlaced;
import dev.comptoir.orders.OrderRefunded;
import dev.comptoir.orders.OrderShipped;
import dev.comptoir.returns.ReturnApproved;
import dev.comptoir.returns.ReturnReceived;
import dev.comptoir.returns.ReturnRefunded;
import dev.comptoir.returns.ReturnRejected;
import dev.comptoir.returns.ReturnRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What integrators are told (ADR 0013): each domain event, after its commit and from the outbox, becomes
 * an integration event whose {@code data} is the domain event's facts (ids, number, amounts, lines);
 * a receiver wanting the whole entity reads it with a secret API key. Each listener runs in a
 * transaction of its own, in which the webhook deliveries are recorded.
 */
@Component
class DomainEventTranslator {

    private final IntegrationEvents events;

    DomainEventTranslator(IntegrationEvents events) {
        this.events = events;
    }

    @ApplicationModuleListener
    void on(OrderPlaced e) {
        events.publish("order.created", e);
    }

    @ApplicationModuleListener
    void on(OrderPaid e) {
        events.publish("order.paid", e);
    }

    @ApplicationModuleListener
    void on(OrderCancelled e) {
        events.publish("order.cancelled", e);
    }

    @ApplicationModuleListener
    void on(OrderShipped e) {
        events.publish("order.shipped", e);
    }

    @ApplicationModuleListener
    void on(OrderDelivered e) {
        events.publish("order.delivered", e);
    }

    @ApplicationModuleListener
    void on(OrderRefunded e) {
        events.publish("order.refunded", e);
    }

    @ApplicationModuleListener
    void on(ProductEdited e) {
        events.publish("product." + e.change(), e);
    }

    @ApplicationModuleListener
    void on(StockStatusChanged e) {
        if ("low_stock".equals(e.to()) || "out_of_stock".equals(e.to())) {
            events.publish("inventory." + e.to(), e);
        }
    }

    @ApplicationModuleListener
    void on(CustomerRegistered e) {
        events.publish("customer.created", e);
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
}
