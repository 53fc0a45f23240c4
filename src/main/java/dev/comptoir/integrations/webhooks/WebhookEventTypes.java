package dev.comptoir.integrations.webhooks;

import java.util.List;

/** The event types an endpoint may subscribe to (ADR 0013); {@code *} subscribes to all of them. */
public final class WebhookEventTypes {

    public static final String ALL = "*";

    public static final List<String> TYPES = List.of(
            "order.created", "order.paid", "order.cancelled", "order.shipped", "order.delivered", "order.refunded",
            "product.created", "product.updated", "product.deleted",
            "inventory.low_stock", "inventory.out_of_stock",
            "customer.created",
            "return.requested", "return.approved", "return.rejected", "return.received", "return.refunded");

    private WebhookEventTypes() {}
}
