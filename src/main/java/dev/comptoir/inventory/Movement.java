package dev.comptoir.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One ledger row: a SKU's stock moved by {@code delta} to {@code stockAfter}, why, by whom, when. */
record Movement(long id, String sku, UUID productId, UUID variantId, int delta, int stockAfter, String reason,
        UUID orderId, String actor, String note, Instant at) {

    static final String COLUMNS = "id, sku, product_id, variant_id, delta, stock_after, reason, order_id, actor, "
            + "note, created_at";

    static Movement map(ResultSet rs, int row) throws SQLException {
        return new Movement(rs.getLong(1), rs.getString(2), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getObject(8, UUID.class), rs.getString(9),
                rs.getString(10), rs.getObject(11, OffsetDateTime.class).toInstant());
    }
}
