package dev.comptoir.orders.checkout;

import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Human-friendly, unique order numbers from a database sequence: CO-2026-001042. */
@Component
class OrderNumbers {

    private final JdbcTemplate jdbc;
    private final OrdersProperties properties;

    OrderNumbers(JdbcTemplate jdbc, OrdersProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    String next(Instant now) {
        long n = jdbc.queryForObject("SELECT nextval('order_number_seq')", Long.class);
        return "%s-%d-%06d".formatted(properties.numberPrefix(), now.atZone(ZoneOffset.UTC).getYear(), n);
    }
}
