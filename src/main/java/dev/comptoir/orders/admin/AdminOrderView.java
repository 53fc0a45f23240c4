package dev.comptoir.orders.admin;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderView;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.util.UUID;

/** An order as an admin reads it: the customer's view plus who bought it and what was refunded. */
record AdminOrderView(UUID userId, BigDecimal refundedAmount, @JsonUnwrapped OrderView order) {

    static AdminOrderView of(Order o) {
        return new AdminOrderView(o.userId(), Money.round(o.refundedAmount(), o.currency()), OrderView.of(o, null));
    }
}
