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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One example of each event's data, for the OpenAPI document: built from the records themselves, so
 * an example cannot drift from what is sent (a renamed member breaks the build, not a receiver).
 */
public final class EventExamples {

    private static final UUID ORDER = UUID.fromString("0b6f3c1e-5d2a-4e8b-9f10-2a3b4c5d6e7f");
    private static final UUID USER = UUID.fromString("7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f");
    private static final UUID PRODUCT = UUID.fromString("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f");
    private static final UUID VARIANT = UUID.fromString("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b");
    private static final UUID ITEM = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    private static final UUID RETURN = UUID.fromString("2f3e4d5c-6b7a-4988-8776-655443322110");
    private static final UUID PARCEL = UUID.fromString("4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d");
    private static final Instant AT = Instant.parse("2026-12-04T10:15:30Z");
    private static final String NUMBER = "CMD-2026-000042";
    private static final String EMAIL = "ada@example.com";
    private static final BigDecimal TOTAL = new BigDecimal("64.80");

    /** The example data of a type, or an empty map for a type without one. */
    public static Object of(String type) {
        return switch (type) {
            case "order.created" -> new OrderPlaced(ORDER, NUMBER, USER, EMAIL, TOTAL, "EUR", List.of(
                    new OrderPlaced.Line(PRODUCT, VARIANT, "MUG-BLUE", "Blue mug", new BigDecimal("24.90"), 2,
                            new BigDecimal("49.80"))), AT);
            case "order.paid" -> new OrderPaid(ORDER, NUMBER, TOTAL, "EUR", AT);
            case "order.cancelled" -> new OrderCancelled(ORDER, NUMBER, EMAIL, "customer", false, TOTAL, "EUR", AT,
                    "fr");
            case "order.shipped" -> new OrderShipped(ORDER, NUMBER, EMAIL, "6A12345678901", AT, "fr", PARCEL, "main",
                    "colissimo", List.of(new OrderShipped.Line("MUG-BLUE", "Blue mug", 2)), true);
            case "order.delivered" -> new OrderDelivered(ORDER, NUMBER, EMAIL, AT);
            case "order.refunded" -> new OrderRefunded(ORDER, new BigDecimal("24.90"), AT);
            case "product.created" -> new ProductEdited(PRODUCT, "MUG-BLUE", ProductEdited.CREATED);
            case "product.updated" -> new ProductEdited(PRODUCT, "MUG-BLUE", ProductEdited.UPDATED);
            case "product.deleted" -> new ProductEdited(PRODUCT, "MUG-BLUE", ProductEdited.DELETED);
            case "inventory.low_stock" -> new StockStatusChanged("MUG-BLUE", PRODUCT, VARIANT, "in_stock", "low_stock",
                    3);
            case "inventory.out_of_stock" -> new StockStatusChanged("MUG-BLUE", PRODUCT, VARIANT, "low_stock",
                    "out_of_stock", 0);
            case "customer.created" -> new CustomerRegistered(USER, EMAIL, AT);
            case "return.requested" -> new ReturnRequested(RETURN, ORDER, NUMBER, EMAIL, List.of(
                    new ReturnRequested.Line(ITEM, "MUG-BLUE", 1, "damaged")), AT);
            case "return.approved" -> new ReturnApproved(RETURN, ORDER, NUMBER, EMAIL, "fr", AT);
            case "return.rejected" -> new ReturnRejected(RETURN, ORDER, NUMBER, EMAIL, "fr",
                    "Past the return window", AT);
            case "return.received" -> new ReturnReceived(RETURN, ORDER, List.of(
                    new ReturnReceived.Line(ITEM, "MUG-BLUE", 1, true, "main")), true, AT);
            case "return.refunded" -> new ReturnRefunded(RETURN, ORDER, UUID.fromString(
                    "6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e"), new BigDecimal("24.90"), "EUR", false, AT);
            default -> Map.of();
        };
    }

    private EventExamples() {}
}
