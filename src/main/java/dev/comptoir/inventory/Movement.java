package dev.comptoir.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One ledger row: a SKU's level at {@code location} moved by {@code delta} on hand (to {@code stockAfter})
 * and {@code reservedDelta} reserved (to {@code reservedAfter}), why, for which order, by whom, when.
 */
record Movement(long id, String sku, UUID productId, UUID variantId, int delta, int stockAfter, String reason,
        UUID orderId, String actor, String note, Instant at, String location, int reservedDelta, int reservedAfter) {

    static final String COLUMNS = "id, sku, product_id, variant_id, delta, stock_after, reason, order_id, actor, "
            + "note, created_at, location_code, reserved_delta, reserved_after";

    static Movement map(ResultSet rs, int row) throws SQLException {
        return new Movement(rs.getLong(1), rs.getString(2), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getObject(8, UUID.class), rs.getString(9),
                rs.getString(10), rs.getObject(11, OffsetDateTime.class).toInstant(), rs.getString(12), rs.getInt(13),
                rs.getInt(14));
    }
}
