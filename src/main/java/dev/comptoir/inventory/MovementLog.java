package dev.comptoir.inventory;

import dev.comptoir.shared.web.PageResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the ledger this module owns (stock_movements), newest first. */
@Component
class MovementLog {

    private final JdbcTemplate jdbc;

    MovementLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Filter(String sku, String location, String reason, UUID orderId, Instant from, Instant to) {}

    @Transactional(readOnly = true)
    PageResponse<Movement> find(Filter filter, int page, int limit) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder("TRUE");
        if (filter.sku() != null && !filter.sku().isBlank()) {
            where.append(" AND sku = ?");
            args.add(filter.sku().trim());
        }
        if (filter.location() != null && !filter.location().isBlank()) {
            where.append(" AND location_code = ?");
            args.add(filter.location().trim());
        }
        if (filter.reason() != null) {
            where.append(" AND reason = ?");
            args.add(filter.reason());
        }
        if (filter.orderId() != null) {
            where.append(" AND order_id = ?");
            args.add(filter.orderId());
        }
        if (filter.from() != null) {
            where.append(" AND created_at >= ?");
            args.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND created_at < ?");
            args.add(Timestamp.from(filter.to()));
        }
        long total = jdbc.queryForObject("SELECT count(*) FROM stock_movements WHERE " + where, Long.class,
                args.toArray());
        args.add(limit);
        args.add((long) (page - 1) * limit);
        List<Movement> rows = jdbc.query("SELECT " + Movement.COLUMNS + " FROM stock_movements WHERE " + where
                + " ORDER BY id DESC LIMIT ? OFFSET ?", Movement::map, args.toArray());
        return PageResponse.of(rows, page, limit, total);
    }
}
