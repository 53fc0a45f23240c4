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
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of integration event types (ADR 0013): what each tells and the record its
 * {@code data} is written from. Webhook subscriptions, the OpenAPI document's {@code webhooks} and
 * the translator all read it, so a type cannot be published without being documented.
 */
public final class IntegrationEventTypes {

    /** One type; {@code withMetadata}: its data also carries the entity's metadata and privateMetadata. */
    public record Type(String name, Class<?> data, boolean withMetadata, String summary) {}

    public static final List<Type> ALL = List.of(
            new Type("order.created", OrderPlaced.class, true, "An order was placed (not paid yet)"),
            new Type("order.paid", OrderPaid.class, true, "An order's payment succeeded"),
            new Type("order.cancelled", OrderCancelled.class, true,
                    "An order was cancelled by its customer, by staff, or for want of payment (`reason`)"),
            new Type("order.shipped", OrderShipped.class, true,
                    "A parcel of an order left a stock location (one event per parcel; `fullyShipped` on the last)"),
            new Type("order.delivered", OrderDelivered.class, true, "An order reached its customer"),
            new Type("order.refunded", OrderRefunded.class, true, "An amount of a paid order was refunded"),
            new Type("product.created", ProductEdited.class, true, "Staff created a product"),
            new Type("product.updated", ProductEdited.class, true,
                    "Staff edited a product, its variants, images or metadata"),
            new Type("product.deleted", ProductEdited.class, false, "Staff deleted a product"),
            new Type("inventory.low_stock", StockStatusChanged.class, false,
                    "A SKU's available stock fell to its low-stock threshold"),
            new Type("inventory.out_of_stock", StockStatusChanged.class, false, "A SKU has no available stock left"),
            new Type("customer.created", CustomerRegistered.class, true, "A customer account was created"),
            new Type("return.requested", ReturnRequested.class, false, "A customer asked to return units"),
            new Type("return.approved", ReturnApproved.class, false, "Staff accepted a return"),
            new Type("return.rejected", ReturnRejected.class, false, "Staff refused a return"),
            new Type("return.received", ReturnReceived.class, false, "Returned units arrived at a stock location"),
            new Type("return.refunded", ReturnRefunded.class, false, "A received return was refunded"));

    public static final List<String> NAMES = ALL.stream().map(Type::name).toList();

    public static Optional<Type> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private IntegrationEventTypes() {}
}
