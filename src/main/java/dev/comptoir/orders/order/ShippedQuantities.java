package dev.comptoir.orders.order;

import dev.comptoir.shared.error.ConflictException;
import java.util.Comparator;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Never more shipped than bought: each line of a parcel is one conditional UPDATE of its order item
 * ({@code quantity_shipped + q <= quantity}, backed by the table's CHECK), so that two staff members
 * shipping the same units cannot both win even if the order's lock were ever left out. Lines go in
 * item id order, so two parcels of one order never lock its items in opposite orders.
 */
@Component
public class ShippedQuantities {

    private final JdbcTemplate jdbc;

    ShippedQuantities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void count(Parcel parcel) {
        for (Parcel.Line line : parcel.lines().stream().sorted(Comparator.comparing(l -> l.item().id())).toList()) {
            int updated = jdbc.update("""
                    UPDATE order_items SET quantity_shipped = quantity_shipped + ?
                     WHERE id = ? AND quantity_shipped + ? <= quantity""",
                    line.quantity(), line.item().id(), line.quantity());
            if (updated == 0) {
                throw new ConflictException("quantity_exceeds_order", "Only " + line.item().quantityOpen() + " of "
                        + line.item().sku() + " are left to ship", Map.of("orderItemId", line.item().id(),
                                "requested", line.quantity(), "remaining", line.item().quantityOpen()));
            }
        }
    }
}
