package dev.comptoir.orders.admin;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.comptoir.inventory.InventoryService;
import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderView;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An order as an admin reads it: the customer's view plus who bought it, what was refunded and the
 * units it still holds in stock, by SKU and location ({@code reservations}: empty once all shipped), and
 * its staff-only {@code privateMetadata}.
 */
record AdminOrderView(UUID userId, BigDecimal refundedAmount, List<ReservedStock> reservations,
        Map<String, Object> privateMetadata, @JsonUnwrapped OrderView order) {

    record ReservedStock(String sku, String location, int quantity) {}

    static AdminOrderView of(Order o, List<InventoryService.Reservation> reservations) {
        return new AdminOrderView(o.userId(), Money.round(o.refundedAmount(), o.currency()),
                reservations.stream().map(r -> new ReservedStock(r.sku(), r.location(), r.quantity())).toList(),
                o.privateMetadata(), OrderView.of(o, null));
    }
}
