package dev.comptoir.returns;

import static dev.comptoir.shared.db.Columns.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The returns tables in SQL. Every change of state is one conditional UPDATE on the expected state
 * (or, for a receipt, on what is left to receive), so that a concurrent twin changes nothing and the
 * caller can tell (0 rows).
 */
@Repository
class ReturnStore {

    private static final String COLUMNS = """
            id, order_id, order_number, status, note, requested_by, rejection_reason, refund_amount, refund_id,
            include_shipping, created_at, approved_at, received_at, refunded_at""";
    private final JdbcTemplate jdbc;

    ReturnStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ReturnRecord r) {
        jdbc.update("INSERT INTO returns (id, order_id, order_number, status, note, requested_by, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", r.id(), r.orderId(), r.orderNumber(), r.status().value(), r.note(),
                r.requestedBy(), Timestamp.from(r.createdAt()));
        int position = 0;
        for (ReturnRecord.Line l : r.items()) {
            jdbc.update("""
                    INSERT INTO return_items (id, return_id, position, order_item_id, sku, name, quantity, reason,
                                              replacement_variant_id, replacement_sku, replacement_unit_price)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", l.id(), r.id(), position++, l.orderItemId(), l.sku(),
                    l.name(), l.quantity(), l.reason(), l.replacementVariantId(), l.replacementSku(),
                    l.replacementUnitPrice());
        }
    }

    Optional<ReturnRecord> find(UUID id) {
        return withItems(jdbc.query("SELECT " + COLUMNS + " FROM returns WHERE id = ?", ReturnStore::row, id))
                .stream().findFirst();
    }

    List<ReturnRecord> forOrder(UUID orderId) {
        return withItems(jdbc.query("SELECT " + COLUMNS + " FROM returns WHERE order_id = ? ORDER BY created_at, id",
                ReturnStore::row, orderId));
    }

    /** One page, newest first, with the total count; null filters mean any. */
    Page page(@Nullable ReturnStatus status, @Nullable UUID orderId, int offset, int limit) {
        String where = " WHERE (CAST(? AS VARCHAR) IS NULL OR status = ?) AND (CAST(? AS UUID) IS NULL OR order_id = ?)";
        String code = status == null ? null : status.value();
        long total = jdbc.queryForObject("SELECT count(*) FROM returns" + where, Long.class, code, code, orderId,
                orderId);
        List<ReturnRecord> rows = jdbc.query("SELECT " + COLUMNS + " FROM returns" + where
                + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?", ReturnStore::row, code, code, orderId, orderId,
                limit, offset);
        return new Page(withItems(rows), total);
    }

    record Page(List<ReturnRecord> rows, long total) {}

    /** Units per order item that open or accepted returns of the order hold (all but rejected ones). */
    Map<UUID, Integer> heldQuantities(UUID orderId) {
        Map<UUID, Integer> held = new HashMap<>();
        jdbc.query("""
                SELECT i.order_item_id, sum(i.quantity) FROM return_items i JOIN returns r ON r.id = i.return_id
                 WHERE r.order_id = ? AND r.status <> 'rejected' GROUP BY i.order_item_id""",
                rs -> { held.put(rs.getObject(1, UUID.class), rs.getInt(2)); }, orderId);
        return held;
    }

    /** Whether a refunded return of the order already gave its shipping back. */
    boolean shippingRefunded(UUID orderId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM returns WHERE order_id = ? "
                + "AND status = 'refunded' AND include_shipping)", Boolean.class, orderId));
    }

    /** The exchange's replacement as it joined the order on approval, at that day's price. */
    void linkReplacement(UUID lineId, UUID orderItemId, java.math.BigDecimal unitPrice) {
        jdbc.update("UPDATE return_items SET replacement_order_item_id = ?, replacement_unit_price = ? WHERE id = ?",
                orderItemId, unitPrice, lineId);
    }

    boolean approve(UUID id, Instant at) {
        return jdbc.update("UPDATE returns SET status = 'approved', approved_at = ?, version = version + 1 "
                + "WHERE id = ? AND status = 'requested'", Timestamp.from(at), id) == 1;
    }

    boolean reject(UUID id, String reason, Instant at) {
        return jdbc.update("UPDATE returns SET status = 'rejected', rejection_reason = ?, version = version + 1 "
                + "WHERE id = ? AND status = 'requested'", reason, id) == 1;
    }

    /** Counts {@code quantity} more units of the line in, unless that passes what the line holds. */
    boolean receive(UUID returnId, UUID orderItemId, int quantity, boolean damaged) {
        return jdbc.update("""
                UPDATE return_items SET received_quantity = received_quantity + ?,
                                        damaged_quantity = damaged_quantity + ?
                 WHERE return_id = ? AND order_item_id = ? AND received_quantity + ? <= quantity""",
                quantity, damaged ? quantity : 0, returnId, orderItemId, quantity) == 1;
    }

    boolean markReceived(UUID id, Instant at) {
        return jdbc.update("UPDATE returns SET status = 'received', received_at = ?, version = version + 1 "
                + "WHERE id = ? AND status = 'approved'", Timestamp.from(at), id) == 1;
    }

    boolean markRefunded(UUID id, java.math.BigDecimal amount, @Nullable UUID refundId, boolean includeShipping, Instant at) {
        return jdbc.update("""
                UPDATE returns SET status = 'refunded', refund_amount = ?, refund_id = ?, include_shipping = ?,
                                   refunded_at = ?, version = version + 1
                 WHERE id = ? AND status = 'received'""", amount, refundId, includeShipping, Timestamp.from(at), id)
                == 1;
    }

    private List<ReturnRecord> withItems(List<ReturnRecord> returns) {
        if (returns.isEmpty()) {
            return returns;
        }
        Map<UUID, List<ReturnRecord.Line>> lines = new LinkedHashMap<>();
        returns.forEach(r -> lines.put(r.id(), new ArrayList<>()));
        jdbc.query("""
                SELECT return_id, id, order_item_id, sku, name, quantity, reason, received_quantity, damaged_quantity,
                       replacement_variant_id, replacement_sku, replacement_unit_price, replacement_order_item_id
                  FROM return_items WHERE return_id IN (%s) ORDER BY return_id, position""".formatted(
                String.join(", ", java.util.Collections.nCopies(lines.size(), "?"))), rs -> {
            lines.get(rs.getObject(1, UUID.class)).add(new ReturnRecord.Line(rs.getObject(2, UUID.class),
                    rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7),
                    rs.getInt(8), rs.getInt(9), rs.getObject(10, UUID.class), rs.getString(11),
                    rs.getBigDecimal(12), rs.getObject(13, UUID.class)));
        }, lines.keySet().toArray());
        return returns.stream().map(r -> r.withItems(List.copyOf(lines.get(r.id())))).toList();
    }

    private static ReturnRecord row(ResultSet rs, int i) throws SQLException {
        return new ReturnRecord(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
                rs.getString("order_number"), ReturnStatus.parse(rs.getString("status")), rs.getString("note"),
                rs.getString("requested_by"), rs.getString("rejection_reason"), rs.getBigDecimal("refund_amount"),
                rs.getObject("refund_id", UUID.class), rs.getBoolean("include_shipping"),
                instant(rs, "created_at"), instant(rs, "approved_at"), instant(rs, "received_at"),
                instant(rs, "refunded_at"), List.of());
    }

}
